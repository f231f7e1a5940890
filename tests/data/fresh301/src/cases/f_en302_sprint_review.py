STEM='f_en302_sprint_review'
LANG='en'
MEETING={"title":"Routewise – Sprint 14 review and Sprint 15 planning","date":"2026-05-07","start":"14:00","end":"15:30",
 "location":"Room Kestrel / Google Meet","host":"Hannah Scott","recorder":"Sam O'Connor",
 "attendees":[{"name":"Hannah Scott","department":"Engineering","title":"Engineering Manager"},
  {"name":"Jules Bernard","department":"Product","title":"Product Owner"},
  {"name":"Diego Ramirez","department":"Engineering","title":"Backend Developer"},
  {"name":"Aisha Khan","department":"Engineering","title":"Frontend Developer"},
  {"name":"Sam O'Connor","department":"Quality Assurance","title":"QA Engineer"},
  {"name":"Mark Tanaka","department":"DevOps","title":"DevOps Engineer"},
  {"name":"Ola Nilsson","department":"Design","title":"Product Designer"}],
 "agenda":["Sprint 14 demo","What didn't get done","Multi-stop optimiser rollout","Sprint 15 scope","Coldwater demo prep"],
 "consent":{"confirmed":True,"method":"Meet recording, announced at start","by":"Sam O'Connor"}}
SPEAKERS={"S1":"Hannah Scott","S2":"Jules Bernard","S3":"Diego Ramirez","S4":"Aisha Khan","S5":"Sam O'Connor","S6":"Mark Tanaka","S7":"Ola Nilsson"}
LINES='''
S1: Okay, let's start, Mark's joining from the train so he might drop. Sprint 14 review, then planning. Diego, you want to kick off with the optimiser?
S3: Yeah. So, multi-stop optimiser. The big thing. It's, um, it's basically done. I'll share my screen.
S3: Can you see it? The map?
S4: We see a map of what I think is Leeds.
S3: It is Leeds. So this is a driver with twenty-three stops. Before, the old planner did them in the order the dispatcher typed them in. Now you hit optimise and, there, it reorders. Forty-one kilometres down to twenty-nine.
S2: Oh, nice. That's the number I want on a slide.
S3: On the test data. Real data's messier. There's time windows, some customers only accept deliveries before ten, and those are respected, but it's slower with windows. Like four seconds for fifty stops.
S5: And eleven seconds for a hundred stops, I timed it yesterday. That's on staging though.
S2: Eleven seconds is fine for dispatchers, honestly. They're used to the old thing freezing.
S1: Okay. Known issues?
S5: Two. One, if a stop has no geocode, the optimiser just silently drops it. That's a blocker for me. Two, the undo button doesn't restore the original order, it restores the previous optimise.
S3: The geocode one I fixed this morning, it's in the branch, it'll flag the stop instead of dropping it. @done_geo
S5: Did you merge it?
S3: Merged at eleven. You can test it now.
S5: Okay, I'll retest that today.
S4: The undo thing is mine, that's frontend state. I can fix that in a day.
S1: Put it in Sprint 15 then. Aisha, undo fix, first thing. @a_undo0
S4: Sure, I'll have it up for review by Tuesday. @a_undo
S1: Good. Aisha, your stuff.
S4: So, the driver app. Proof of delivery photos. Drivers can take up to three photos, it compresses them on the phone, uploads when there's signal. Ola did the screens.
S7: And we tested it with two drivers from Fenwick Freight on Monday. One of them had gloves on, which, lesson learned, the shutter button is too small.
S4: We made it bigger already. It's in. @done_btn
S7: It's, like, massive now. You could hit it with your elbow.
S6: Sorry, I'm back, tunnel. What did I miss?
S1: Optimiser demo, photos demo. You haven't missed your bit.
S6: Great. My bit's short anyway.
S1: So, not done this sprint. Jules?
S2: The CSV import for customers, we didn't get to it. And the invoice export, we started but it's half done.
S3: Invoice export is like sixty percent. The PDF template's done, the numbers aren't, because finance changed the VAT rules on us mid-sprint.
S2: Finance didn't change them, the government did.
S3: Well, someone did.
S1: Carry both over? Or drop CSV import?
S2: CSV import, I'd drop for now. Only one customer's asked for it and they can email us a spreadsheet. Let's park it, I'll bring it back when someone else asks. @csv
S1: Fine, parked. Invoice export carries over. @d_carry
S1: Right, the main thing. Rollout of the optimiser. Jules, what do you want?
S2: I want it on for everyone on the twelfth. Tuesday. That's when we send the newsletter, and I'd love it in there.
S5: Everyone everyone? All forty customers?
S2: All forty. It's behind a button, nobody's forced to use it.
S6: I mean, technically, the flag's ready. I can flip it for all tenants in, like, one command.
S1: Okay. I'm hearing no strong objection. So the optimiser goes on for all customers on Tuesday the twelfth, via the flag. @d_all
S3: Hmm.
S1: Diego?
S3: No, it's just, the eleven seconds. If ten dispatchers hit optimise at eight in the morning, that's ten of those jobs at once on one worker. I haven't load-tested that at all.
S6: We've got two workers in prod. Two.
S3: Right. So if Fenwick's ten dispatchers all do it at once, everyone else queues.
S5: And then the old planner is queued behind it too, right? They share the queue.
S3: They share the queue. Yeah.
S2: Okay, that's... that's less good.
S1: Can we add workers?
S6: I can add workers, sure, it's money, but I'd rather we know what we need. I don't want to guess.
S1: Alright. Let me change what I said. We don't turn it on for everyone on the twelfth. We turn it on for five pilot customers on the twelfth, Fenwick included, and go to everyone after a load test. @d_pilot
S2: Can it still go in the newsletter?
S1: As "now in pilot, ask us to join", sure.
S2: Fine. I'll pick the five. I'll have the list by Friday — no, I'm off Friday, Thursday. Wait, today's Thursday. Monday. I'll have the list Monday. @a_pilots
S1: Monday's okay, the flag flip's Tuesday.
S6: I'll flip it for those five on Tuesday morning, when Jules gives me the list. @a_flip
S1: Load test. Diego, Mark, between you?
S3: I'll write the load test script, simulate, say, fifty concurrent optimise jobs. @a_load
S6: And I'll run it on the staging cluster with prod-sized workers. We can do it... end of next week? I've got the Postgres upgrade before that. @a_load2
S1: End of next week for the results, then. Diego, script ready before Mark needs it.
S3: I'll have the script by Wednesday. @a_load3
S1: Good. Based on that we decide on general rollout, not before.
S5: Can I ask for a test plan for the pilot too? Like, what we're watching?
S1: Sam, isn't that yours? @rhet
S5: Ha. Yes, fair. Okay, I'll write the pilot monitoring checklist, what errors, what timings, and share it before Tuesday. Monday. @a_checklist
S1: Thanks.
S1: Mark, your bit.
S6: Short. The Postgres upgrade, fourteen to sixteen. I want to do it on the sixteenth, that's a Saturday, quiet. Two hours downtime max.
S1: Two hours on a Saturday, customers won't love it but okay. Anyone against?
S2: Do we need to tell customers?
S6: Yes, seventy-two hours' notice in the contract.
S1: Then it's agreed, upgrade Saturday the sixteenth, and we notify customers. @d_pg
S2: I'll send the maintenance notice. By Wednesday, so it's well over seventy-two hours. @a_notice
S6: And I'll do a dry run on staging this week, Friday. @a_dry
S5: Didn't you already do a dry run? @dry_q
S6: On my laptop. That doesn't count.
S1: Sprint 15 scope. Jules.
S2: So: undo fix, invoice export, the pilot, load test. And the new one, dark mode for the driver app. Drivers keep asking, they drive at night.
S7: I've got the dark palette half done, but honestly it touches every screen.
S4: Every screen, and the map tiles. The map tiles don't have a dark style, we'd need a different provider or pay for it.
S1: Then dark mode's not this sprint. Let's park it until we know what the map tiles cost. @dark1
S2: Can someone find out the cost though? Otherwise we'll park it forever.
S4: I can ask Mapcraft for a quote. No rush on that though, right? @dark2
S2: No rush.
S1: Okay, Aisha asks Mapcraft for a quote when she gets a minute. @a_quote
S1: Coldwater. Jules, when's the demo?
S2: The twentieth. Wednesday the twentieth, at their office in Sheffield. It's the big one, eighty vehicles.
S1: What do we need?
S2: A demo tenant with their actual depots, realistic data, and the optimiser working smoothly, obviously.
S3: I can load their depot list if they send it. They sent it? @cw_dep0
S2: They sent it last week, it's in the shared drive.
S3: Then I'll set up the demo tenant with their depots before the demo. I'll do it by the eighteenth so we have two days to play with it. @a_tenant
S7: Do they want slides?
S2: I'd like slides, ten at most. Ola, could you do them? @slides1
S7: I can do the design but I'm not writing the content, I don't know the sales story.
S2: Fair enough. I'll write the content, you make it look good. Content to you by the fourteenth? @a_slides_content
S7: If I get it on the fourteenth I can have the deck done by the nineteenth. @a_deck
S2: The nineteenth is tight but okay, the demo's the twentieth.
S1: Sam, can you do a dry run of the demo with Jules on the nineteenth? In case something breaks. @a_dryrun0
S5: Sure. Nineteenth, morning. @a_dryrun
S1: Right. Anything else?
S4: Retro? Are we doing a retro?
S1: Retro's tomorrow, separate, ten a.m. Don't bring cake this time, Diego.
S3: It was one cake.
S1: It was three cakes.
S1: Okay, recap. Optimiser: pilot of five on the twelfth, not everyone, full rollout after the load test. Postgres upgrade on the sixteenth with notice. Dark mode and CSV import parked. Coldwater demo on the twentieth.
S2: And the newsletter says pilot.
S1: And the newsletter says pilot. Next review is end of Sprint 15, Thursday the twenty-first, same time, two o'clock. @nm
S6: Can we make it half two? I've got a standing thing at two on Thursdays now.
S1: Half two then. Thursday the twenty-first, half two. @nm2
S1: Thanks all.
'''
DECISIONS=[
 {"text":"The multi-stop optimiser is switched on for five pilot customers (Fenwick included) on Tuesday 12 May, not for all customers; general rollout only after a load test. The newsletter presents it as 'now in pilot'.","ev":["d_pilot"],"note":"Reverses the earlier decision to enable it for all customers on the 12th"},
 {"text":"The unfinished invoice export carries over to Sprint 15.","ev":["d_carry"]},
 {"text":"Postgres upgrade (14 to 16) on Saturday 16 May, with up to two hours' downtime; customers are notified.","ev":["d_pg"]},
]
ACTIONS=[
 {"task":"Fix the optimiser undo button so it restores the original stop order","owner":"Aisha Khan","due_rule":"next:tue","due_text":"up for review by Tuesday","deliverable":"Undo fix ready for review","ev":["a_undo0","a_undo"]},
 {"task":"Choose the five pilot customers for the optimiser","owner":"Jules Bernard","due_rule":"next:mon","due_text":"by Friday — no, Thursday — Monday","deliverable":"List of five pilot customers","ev":["a_pilots"],"note":"Self-corrected twice; final is Monday 11 May"},
 {"task":"Enable the optimiser flag for the five pilot customers","owner":"Mark Tanaka","due_rule":"next:tue","due_text":"Tuesday morning","deliverable":None,"ev":["a_flip"]},
 {"task":"Write the optimiser load test script (about fifty concurrent optimise jobs)","owner":"Diego Ramirez","due_rule":"next:wed","due_text":"by Wednesday","deliverable":"Load test script","ev":["a_load","a_load3"]},
 {"task":"Run the load test on staging with production-sized workers and report results","owner":"Mark Tanaka","due_rule":"next:fri","due_text":"end of next week","deliverable":"Load test results","ev":["a_load2"]},
 {"task":"Write the pilot monitoring checklist (errors, timings) and share it","owner":"Sam O'Connor","due_rule":"next:mon","due_text":"before Tuesday. Monday.","deliverable":"Pilot monitoring checklist","ev":["a_checklist"]},
 {"task":"Send customers the maintenance notice for the Postgres upgrade","owner":"Jules Bernard","due_rule":"next:wed","due_text":"by Wednesday","deliverable":"Maintenance notice","ev":["a_notice"]},
 {"task":"Do a dry run of the Postgres upgrade on staging","owner":"Mark Tanaka","due_rule":"this:fri","due_text":"this week, Friday","deliverable":None,"ev":["a_dry"]},
 {"task":"Ask Mapcraft for a quote for dark-style map tiles","owner":"Aisha Khan","due_rule":None,"due_text":"no rush / when she gets a minute","deliverable":"Mapcraft quote","ev":["dark2","a_quote"]},
 {"task":"Set up the Coldwater demo tenant with their depots","owner":"Diego Ramirez","due_rule":"md:05-18","due_text":"by the eighteenth","deliverable":"Coldwater demo tenant","ev":["cw_dep0","a_tenant"]},
 {"task":"Write the content for the Coldwater demo slides and send it to Ola","owner":"Jules Bernard","due_rule":"md:05-14","due_text":"by the fourteenth","deliverable":"Slide content","ev":["slides1","a_slides_content"],"note":"Ola declined writing content; Jules writes, Ola designs"},
 {"task":"Design the Coldwater demo deck (ten slides at most)","owner":"Ola Nilsson","due_rule":"md:05-19","due_text":"by the nineteenth","deliverable":"Demo slide deck","ev":["a_deck"]},
 {"task":"Dry run the Coldwater demo with Jules","owner":"Sam O'Connor","due_rule":"md:05-19","due_text":"nineteenth, morning","deliverable":None,"ev":["a_dryrun0","a_dryrun"]},
]
NEXT={"date_rule":"md:05-21","time":"14:30","ev":["nm","nm2"],"text":"Sprint 15 review, Thursday 21 May, moved from 14:00 to 14:30"}
NOT_ACTIONS=[
 {"ev":["done_geo"],"why":"Missing-geocode fix already merged","kind":"completed"},
 {"ev":["done_btn"],"why":"Bigger shutter button already done","kind":"completed"},
 {"ev":["d_all"],"why":"Enabling the optimiser for all customers on the 12th was decided, then reversed","kind":"reversed","target":"decision"},
 {"ev":["csv"],"why":"CSV customer import parked until another customer asks","kind":"deferred"},
 {"ev":["dark1"],"why":"Dark mode parked until the map tile cost is known","kind":"deferred"},
 {"ev":["rhet"],"why":"Rhetorical question to Sam","kind":"rhetorical"},
 {"ev":["dry_q"],"why":"Question about an earlier dry run; no task","kind":"question"},
]
EXTRA={"note":"Decision to enable for all customers (d_all) reversed later in the meeting; the retro tomorrow at 10:00 is a separate meeting, not the next meeting of this series."}
