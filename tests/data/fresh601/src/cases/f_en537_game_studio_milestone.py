STEM='f_en537_game_studio_milestone'
LANG='en'
MEETING={"title":"Tidebreaker - Alpha Milestone Review","date":"2026-06-08","start":"11:00","end":"11:40",
 "location":"Lantern Hollow Games, Big Room and Zoom",
 "host":"Jess Moreno","recorder":"Darnell Hayes",
 "attendees":[
  {"name":"Jess Moreno","department":"Production","title":"Producer"},
  {"name":"Callum Fraser","department":"Design","title":"Lead Designer"},
  {"name":"Ana Ribeiro","department":"Engineering","title":"Lead Engineer"},
  {"name":"Darnell Hayes","department":"QA","title":"QA Lead"},
  {"name":"Mei Chen","department":"Art","title":"Art Director"},
  {"name":"Tyler Brooks","department":"Audio","title":"Audio Lead"}],
 "agenda":["Alpha status","Blockers","Scope","Alpha date"],
 "consent":{"confirmed":True,"method":"Zoom recording notice; producer asked the room","by":"Darnell Hayes"}}
SPEAKERS={"S1":"Jess Moreno","S2":"Callum Fraser","S3":"Ana Ribeiro","S4":"Darnell Hayes","S5":"Mei Chen","S6":"Tyler Brooks"}
LINES='''
S1: Okay, let's go, we've got forty minutes and I want to leave with an alpha date. Darnell's recording.
S4: Recording's on.
S1: Ana, the bad news first.
S3: So, the save corruption. It's still there. If you quit during the autosave on the Harbor level, the save file is toast about one time in twenty.
S4: One in seventeen on our runs over the weekend, actually.
S3: Fine, one in seventeen. I know where it is, it's the async write, I just need to get it in and tested.
S1: When? @a_save0
S3: I'll have a fix in by Wednesday. @a_save
S1: Okay. Callum, the grapple.
S2: Right. So the co-op grappling hook. It works solo. In co-op, with two players on the same anchor, the physics goes mental. Ana's team reckon it's three weeks to do properly.
S3: Three weeks minimum, and that's with nobody touching anything else.
S5: And we'd need new animations for the two-player swing. That's not small either.
S2: Honestly, I'd rather cut it than ship it broken. The levels don't depend on it, I built every route so you can do it without.
S6: Do the players even know it exists? Like, is it in the trailer?
S1: It's not in anything public, no.
S1: Is there anyone who wants to fight for it?
S5: Not me.
S3: Please cut it.
S1: Okay. The co-op grapple is cut. @d_grapple
S2: I'll update the design doc and post it in the team channel today so nobody builds anything on it. @a_doc
S1: Mei, art.
S5: We're in good shape apart from Harbor. The lighting pass on Harbor is about half done. I'll have the final lighting done by the twelfth. @a_light
S1: The twelfth is this Friday?
S5: This Friday, yeah. The team's on it full time.
S1: And audio?
S6: Music and SFX are in. The voice lines are still placeholder, we're waiting on the actors' agents for dates. I'll swap them in once we've got the sessions booked. @a_vo
S6: Oh, and I had this idea for dynamic music layers in combat, it'd only take me
S1: Tyler. Not in alpha. @x_music
S6: Yeah, yeah. Okay.
S1: Right, the date. We said Friday the twelfth for alpha. With the save bug and the Harbor lighting, I don't believe the twelfth anymore.
S4: We need at least a full regression pass after Ana's fix. That's three days on its own.
S3: If the fix slips past Wednesday, we're slipping again, just so everyone knows. @x_slip
S1: Okay. Alpha moves one week, to Friday the nineteenth. @d_alpha
S1: I'll tell the publisher this afternoon, they'll live. @a_pub
S1: Darnell, I'll need the full regression done before alpha. @a_regress0
S4: Before the nineteenth, yep, we'll get it done. @a_regress
S1: And one more thing. From alpha onwards, content lock. No new features, no new assets, only bug fixes. If you want to add something, it comes to me first. @d_lock
S3: Thank God.
S5: Does that include the two missing character portraits?
S1: Those are already scheduled, they're fine.
S2: Are we still doing the Steam Next Fest demo in October?
S1: Honestly, I don't know yet. Marketing haven't decided. @x_nextfest
S1: Okay. No next meeting booked for this one, we'll see each other at standup anyway. Thanks all.
'''
DECISIONS=[
 {"text":"Co-op grappling hook cut from the game","ev":["d_grapple"]},
 {"text":"Alpha milestone moved one week to Friday 19 June","ev":["d_alpha"]},
 {"text":"Content lock from alpha: no new features or assets, bug fixes only; any additions go to the producer first","ev":["d_lock"]},
]
ACTIONS=[
 {"task":"Fix and test the save file corruption on autosave","owner":"Ana Ribeiro","due_rule":"this:wed","due_text":"by Wednesday","deliverable":"Save corruption fix","ev":["a_save0","a_save"]},
 {"task":"Update the design document to remove the co-op grapple and post it in the team channel","owner":"Callum Fraser","due_rule":"today","due_text":"today","deliverable":"Updated design document","ev":["a_doc"]},
 {"task":"Finish the lighting pass on the Harbor level","owner":"Mei Chen","due_rule":"dom:12","due_text":"by the twelfth","deliverable":"Final Harbor lighting","ev":["a_light"]},
 {"task":"Replace the placeholder voice lines once the recording sessions are booked","owner":"Tyler Brooks","due_rule":None,"due_text":"once the sessions are booked","deliverable":"Final voice lines","ev":["a_vo"]},
 {"task":"Tell the publisher that alpha moves to 19 June","owner":"Jess Moreno","due_rule":"today","due_text":"this afternoon","deliverable":None,"ev":["a_pub"]},
 {"task":"Run a full regression pass on the build","owner":"Darnell Hayes","due_rule":"eve:06-19","due_text":"before the nineteenth","deliverable":"Regression test results","ev":["a_regress0","a_regress"]},
]
NEXT=None
NOT_ACTIONS=[
 {"ev":["x_music"],"why":"Dynamic combat music idea shut down for alpha","kind":"rejected"},
 {"ev":["x_slip"],"why":"A further slip only if the fix misses Wednesday","kind":"hypothetical"},
 {"ev":["x_nextfest"],"why":"Question about the Steam Next Fest demo left open for marketing","kind":"question"},
]
EXTRA={"note":"Short game studio milestone review; no next meeting is set (the team meets at standup)."}
