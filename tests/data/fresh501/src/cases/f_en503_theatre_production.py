STEM='f_en503_theatre_production'
LANG='en'
MEETING={"title":"The Salt House – Production Meeting 6","date":"2026-10-07","start":"10:00","end":"11:25",
 "location":"Rehearsal Room 2, Northgate Playhouse, Sheffield (workshop dialled in)",
 "host":"Ben Hartley","recorder":"Chloe Simmons",
 "attendees":[
  {"name":"Ben Hartley","department":"Production","title":"Production Manager"},
  {"name":"Rosalind Achebe","department":"Creative","title":"Director"},
  {"name":"Chloe Simmons","department":"Stage Management","title":"Company Stage Manager"},
  {"name":"Marcus Yeo","department":"Creative","title":"Lighting Designer"},
  {"name":"Fiona Gallagher","department":"Wardrobe","title":"Costume Supervisor"},
  {"name":"Dev Malhotra","department":"Creative","title":"Sound Designer"},
  {"name":"Sam Okafor","department":"Marketing","title":"Marketing Manager"}],
 "agenda":["Set and revolve update from the workshop","Lighting and haze","Sound and understudy tracks",
           "Costume","Schedule to opening","Marketing: photo call and press","Access performances","AOB"],
 "consent":{"confirmed":True,"method":"Chloe asked the room and the workshop on the phone; no objections","by":"Chloe Simmons"}}
SPEAKERS={"S1":"Ben Hartley","S2":"Rosalind Achebe","S3":"Chloe Simmons","S4":"Marcus Yeo","S5":"Fiona Gallagher",
          "S6":"Dev Malhotra","S7":"Sam Okafor","S8":None}
LINES='''
S1: Morning all. Right, production meeting six, two weeks to go, which I'm sure nobody needs reminding of. Sam's running late, he's stuck on the tram, he'll join us.
S3: And I'm recording for the notes as usual, is that alright with everyone? Pete, can you hear us on the phone?
S8: Yeah, loud and clear. Fine with the recording.
S1: Great. Let's do the workshop first so Pete can get back to it. Pete, revolve.
S8: So, the revolve itself is built, the deck's on, it's had a first coat. We ran it by hand yesterday and it's lovely, very smooth. The issue is the motor.
S2: Go on.
S8: The one we've got is fine for the speed in Act One, but for the storm, the big turn at the end of Act Two, it's labouring. It's a lot of weight with the table and the staircase on it.
S1: Yeah, we talked about this last week. The answer was a second motor. Stage Dynamics have one we can hire.
S4: How much is that?
S1: Eleven hundred for the run, plus delivery. It's in contingency, just about.
S2: I'd rather have that than lose the storm. The storm is the whole second half.
S1: So we're agreed then, we hire the second motor from Stage Dynamics and Pete fits it in the workshop. @x_motor
S8: Well, that's the thing. I rang them first thing. They can't get it to us until the nineteenth.
S1: The nineteenth? That's tech.
S8: That's what I said. They've got it out on a tour till the seventeenth, and then it has to come back to Leeds and get checked.
S4: So we'd be fitting and programming a motor on the first day of tech. With the cast on stage.
S2: No. Absolutely not. I'm not teching the storm with a motor nobody's seen.
S3: What about doing it by hand? Pete said it's smooth.
S8: It is. Two people on the push handles could do it easy. Three for the storm maybe, to be safe.
S2: Would it look manual, though? I don't want it to look like a school play, people heaving away.
S8: Not if they're behind the back wall. You'd never see them. And honestly, you get more control by hand, you can slow it down at the end.
S4: And it's quieter. That motor whines, Dev was complaining about it.
S6: I was, it's right in the key of the cello. It's horrible.
S2: Okay. Okay, fine. If Pete's confident. Let's do it by hand, and we forget the hire. @d_manual
S1: Right. So, change of plan: no second motor, the revolve's driven manually for the whole show, existing motor comes off. Pete, you're happy with that? @d_manual2
S8: Happy. Honestly, it's less faff for us than the motor.
S1: That means I need extra crew on the show call. Two more casuals. Leave that with me, I'll sort it with the venue's head of stage. @a_crew
S3: I'll need to put revolve rehearsal time into the tech schedule then, before we get to the storm. Probably an hour on the Monday morning with just crew. @a_schedule00
S1: Pete, thanks, we'll let you go. Send me photos.
S8: Will do. Cheers all.
S1: Right, Marcus. Lighting.
S4: So the plot's basically there. I've made some changes after the run on Saturday, there's a lot more side light in the kitchen scenes now, and I've lost the two specials on the staircase because the staircase moves now, obviously.
S1: The venue needs the updated plot for their pre-rig.
S4: I know. I'll get it to them before the get-in. @a_plot0
S1: The get-in's the eighteenth. The Sunday. So really you want it to them before that, otherwise they're rigging off the old one.
S4: Yeah, they'll have it by the Saturday at the latest. Before the get-in, promise. @a_plot
S2: What about the haze? I know we talked about haze all the way through.
S4: We did. I've gone off it a bit. It looks amazing in the storm, but in Act One, the daylight scenes, it just makes everything look murky.
S2: I agree, actually, I was going to say. The kitchen should feel clean. Crisp.
S4: So haze in Act Two only. From the blackout into the storm, and then leave it to hang.
S2: Yes. Do that. @d_haze
S1: Haze means the fire alarm has to be isolated for the show and for tech. The Playhouse is funny about that, they want it in writing with the dates, and they want a lot of notice.
S3: Last show they wanted ten working days.
S1: Then I'll send it to them today, with all the dates through to closing. @a_fire
S6: Can I go? I've got a cello player at twelve.
S1: Go on, Dev.
S6: So the score's done, storm cue included, finally. The thing I need is the understudy run. For the understudies, are they doing it with live cello or with tracks?
S2: Tracks. We can't pay Hannah for the understudy rehearsals as well.
S6: Then I need to record clean backing tracks with the clicks taken out. When do you need them? @a_tracks0
S3: Let me check. The understudy run is pencilled for the Friday before the get-in, so the sixteenth. I'd want the tracks the day before, so they can hear them. @a_tracks1
S6: The fifteenth? That's Thursday next week.
S3: Thursday next week, yes.
S6: Fine, Thursday. I'll have them on the shared drive. @a_tracks
S2: Who's actually running that understudy rehearsal?
S1: I'd assumed you, Ros.
S2: I'm not going to be here, I'm doing the casting for the spring show that day. Jo can do it, she knows the blocking better than I do anyway. @x_ros
S3: Jo's the AD, she's fine with it, she said as much yesterday.
S2: Great. So Jo leads the understudy rehearsal on the Friday, the sixteenth. @a_us
S1: Okay. Fiona, costume.
S5: So, good news and bad news. Good news, most of it is done, it's on the rails. The leads need their final fittings, which I want to do Monday because the hem on Grace's dress has to go to the dry cleaner's after.
S2: Monday works for the cast, they've got the morning off.
S5: So I'll do final fittings for all four leads Monday morning. @a_fittings
S3: It's already pencilled on Monday's call, you mentioned it yesterday.
S5: The bad news is the budget. I'm over. I'm about nine hundred over, most of it's the wigs. The period ones.
S1: Nine hundred.
S5: Give or take.
S1: I haven't seen the invoices yet. Can we not do this now? Let me look at the invoices first and then we can talk about where it comes from, because I've just spent contingency on, well, not a motor any more. @x_budget
S5: That's fine, that's fair.
S2: Sorry, can we go back to the revolve for one second? The crew who push it, do they need costume? In case they're seen?
S5: Blacks. They'll have blacks.
S2: Okay, good. Sorry.
S1: Props, while we're on the stuff that could go wrong. Chloe, anything?
S3: Mostly fine. The practical kettle works now, it actually boils, which Grace is thrilled about. The big one is the crockery. We're smashing a plate every show in Act Two, so that's thirty-two plates over the run plus tech.
S4: Did you say thirty-two or forty-two?
S3: Thirty-two. Twenty-eight shows, plus the dress, plus spares.
S2: Can we not use the sugar-glass ones?
S3: We tried sugar glass in rehearsal, it didn't make the right noise. It sounded like a biscuit.
S6: I could always add a smash under it from the desk, if it comes to that.
S2: No, I want the real sound, I want the front row to flinch.
S3: The charity shops on Ecclesall Road have been very good to us. We've got twenty already, the rest are coming.
S1: As long as it's in the props budget.
S3: It's about a pound a plate. It's fine.
S2: And the rain? Are we definitely not doing real rain in the storm?
S1: Ros, we cut the rain at the model showing. It's done, it's off the list. The venue said no to water on the stage and the revolve wouldn't thank us either.
S2: I know, I know. I just miss it.
S4: The lighting will do the rain. Trust me.
S2: I do. Mostly.
S1: Schedule. Chloe.
S3: So, with the revolve change, I need to redo the tech schedule. The revolve rehearsal on Monday the nineteenth, the crew call, and the fittings. I'll get the revised version out to everyone by end of play Friday. @a_schedule0
S1: This Friday?
S3: This Friday, the ninth. @a_schedule
S7: Hi, sorry, sorry everyone. The tram just stopped outside the cathedral for twenty minutes.
S1: Welcome, Sam. You're just in time, you're next.
S7: Brilliant. Okay, so, the photo call. At the moment it's at the first preview, the twenty-first.
S2: I really don't want that. The first preview is the first time they're in front of an audience, I don't want a photographer crawling round the front row.
S7: The thing is, the papers want the pictures for the previews coverage.
S4: Could you do it at the dress? The Tuesday? The lighting will be finished by then, more or less.
S7: The dress is the twentieth... that's actually fine, that's a day earlier for the papers, they'll be happier.
S2: Good. Dress rehearsal, then. Photo call at the dress on the Tuesday. @d_photo
S7: I'll need to tell the photographer. She needs the call time.
S3: I can give you the call time once the schedule's out on Friday.
S7: And she needs it from me by Monday, so that works. I'll brief her Monday. @a_photo
S7: Oh, and I had an idea for the marketing, I don't know what you'll think. A flash mob in Tudor Square, the cast doing the storm scene, people filming it on their phones.
S2: In the rain? In October?
S1: I think the cast would mutiny, Sam.
S2: It's a no from me. They're exhausted. @x_flashmob
S7: Fair enough, I had to ask.
S7: The programme's gone, by the way. It went to the printer on Monday, proofs signed off, so that's done. @x_programme
S3: Thank you for chasing that.
S1: Access performances.
S7: We've got the audio described on the twenty-eighth. The captioned one, we hadn't fixed a date.
S3: The captioner's free on the Saturday, the thirty-first, either show.
S2: Matinee. Older audience, they'll use it more.
S1: Right, captioned performance is the Saturday thirty-first, the matinee. @d_caption
S7: Lovely, that's the one the access group asked for.
S6: What about a relaxed performance? The last two shows we did one.
S2: With the storm sequence? If we did a relaxed show, we'd have to rethink the whole storm, the sound levels, the lighting, the haze. I don't know if we can, honestly.
S1: It's worth asking, but it's not something we can decide in this room. @x_relaxed
S2: Let's not promise anything.
S1: Anything else? AOB?
S5: Just, can someone please tell the cast to stop eating in costume. Someone got ketchup on the white shirt.
S3: It's in the call notes every single day, Fiona.
S4: Put it in bold.
S3: It is in bold. And capitals. They don't read them.
S1: Before we go, just so it's all in one place for Chloe's notes. Marcus, plot to the venue by the Saturday. Dev, tracks on the drive Thursday week. Chloe, schedule Friday. Fiona, fittings Monday. Sam, photographer Monday. And I'm on the fire alarm and the casuals.
S5: And the budget, when you've seen the invoices.
S1: And the budget. Yes. Don't let me forget.
S4: Can I ask a favour, can the schedule have the focus session in it as well? Sunday night, after the get-in?
S3: It's already in, Marcus, it's on the draft.
S4: Great.
S1: Right. Next production meeting. Same time next week?
S2: Could we do Thursday instead? I've got the designer in on Wednesday.
S1: Thursday I'm at the venue all day doing the pre-rig. Can your designer do the afternoon?
S2: Yes, I think so. Okay, Wednesday then.
S1: Wednesday the fourteenth at ten, then. Back here in rehearsal room two. @nm
S3: Got it. Thanks everyone.
'''
DECISIONS=[
 {"text":"Drive the revolve manually for the whole show (crew on push handles); no second motor hire and the existing motor comes off","ev":["d_manual","d_manual2"]},
 {"text":"Use haze in Act Two only, from the blackout into the storm","ev":["d_haze"]},
 {"text":"Move the photo call from the first preview to the dress rehearsal on Tuesday 20 October","ev":["d_photo"]},
 {"text":"The captioned performance will be the Saturday 31 October matinee","ev":["d_caption"]},
]
ACTIONS=[
 {"task":"Send the updated lighting plot to the venue for the pre-rig","owner":"Marcus Yeo",
  "due_rule":"eve:10-18","due_text":"before the get-in on the eighteenth (by the Saturday)","deliverable":"Updated lighting plot","ev":["a_plot0","a_plot"]},
 {"task":"Send the venue a written fire alarm isolation request for haze, with all dates through to closing","owner":"Ben Hartley",
  "due_rule":"today","due_text":"today","deliverable":"Fire alarm isolation request","ev":["a_fire"]},
 {"task":"Record clean backing tracks (clicks removed) for the understudy run and put them on the shared drive","owner":"Dev Malhotra",
  "due_rule":"next:thu","due_text":"Thursday next week, the fifteenth","deliverable":"Understudy backing tracks","ev":["a_tracks0","a_tracks1","a_tracks"]},
 {"task":"Lead the understudy rehearsal (assistant director Jo)","owner":None,"department":"Creative",
  "due_rule":"iso:2026-10-16","due_text":"on the Friday, the sixteenth","deliverable":"Understudy rehearsal","ev":["a_us"]},
 {"task":"Hold final costume fittings for the four leads","owner":"Fiona Gallagher",
  "due_rule":"next:mon","due_text":"Monday morning","deliverable":"Final fittings","ev":["a_fittings"]},
 {"task":"Circulate the revised tech schedule including revolve rehearsal and crew call","owner":"Chloe Simmons",
  "due_rule":"this:fri","due_text":"by end of play Friday, the ninth","deliverable":"Revised tech schedule","ev":["a_schedule00","a_schedule0","a_schedule"]},
 {"task":"Brief the photographer with the photo call time for the dress rehearsal","owner":"Sam Okafor",
  "due_rule":"next:mon","due_text":"by Monday","deliverable":"Photographer briefed","ev":["a_photo"]},
 {"task":"Arrange two extra casual crew for the show call with the venue's head of stage (manual revolve)","owner":"Ben Hartley",
  "due_rule":None,"due_text":None,"deliverable":"Two extra casual crew booked","ev":["a_crew"]},
]
NEXT={"date_rule":"next:wed","time":"10:00","ev":["nm"],"text":"Production meeting 7, Rehearsal Room 2"}
NOT_ACTIONS=[
 {"ev":["x_motor"],"why":"Agreement to hire a second motor was reversed when the hire company could not deliver before tech","kind":"superseded","target":"decision"},
 {"ev":["x_ros"],"why":"Director assumed to run the understudy rehearsal but is away; the assistant director (Jo) takes it","kind":"reassigned"},
 {"ev":["x_budget"],"why":"Costume overspend discussion parked until the PM has seen the invoices","kind":"deferred"},
 {"ev":["x_flashmob"],"why":"Flash-mob marketing idea turned down","kind":"rejected"},
 {"ev":["x_programme"],"why":"Programme already at the printer","kind":"completed"},
 {"ev":["x_relaxed"],"why":"Relaxed performance only floated; nothing decided or assigned","kind":"hypothetical"},
]
EXTRA={"note":"The workshop carpenter (Pete) speaks on speakerphone and is not on the roster (S8 unnamed). Jo, the assistant director, is not on the roster either, so the understudy rehearsal has no owner. Next meeting: Thursday proposed, then kept on Wednesday."}
