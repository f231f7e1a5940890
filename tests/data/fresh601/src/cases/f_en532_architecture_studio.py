STEM='f_en532_architecture_studio'
LANG='en'
MEETING={"title":"Eastfield Library Extension - Stage 3 Project Review","date":"2026-05-21","start":"10:00","end":"11:30",
 "location":"Meeting Room 2, Harrow & Bell Architects, Clerkenwell",
 "host":"Nadia Okafor","recorder":"Hannah Cole",
 "attendees":[
  {"name":"Nadia Okafor","department":"Projects","title":"Associate Director, Project Lead"},
  {"name":"Pieter van der Merwe","department":"Design","title":"Senior Architect"},
  {"name":"Hannah Cole","department":"Design","title":"Part II Architectural Assistant"},
  {"name":"Marcus Bell","department":"Directors","title":"Director"},
  {"name":"Leanne Dube","department":"Technical","title":"Technical Architect"},
  {"name":"Owen Price","department":"Visualisation","title":"Visualiser"},
  {"name":"Sophie Tan","department":"Sustainability","title":"Sustainability Consultant"}],
 "agenda":["Stage 3 progress","Facade brick selection","Reading room rooflights","Planning pre-application feedback","Structural and environmental coordination","Client workshop on 3 June","Fees and QA"],
 "consent":{"confirmed":True,"method":"Recording for the project minutes agreed at the start of the meeting","by":"Hannah Cole"}}
SPEAKERS={"S1":"Nadia Okafor","S2":"Pieter van der Merwe","S3":"Hannah Cole","S4":"Marcus Bell","S5":"Leanne Dube","S6":"Owen Price","S7":"Sophie Tan"}
LINES='''
S1: Morning, all. Marcus is on his way up from the other meeting, so let's crack on and he can catch up. Hannah's doing the notes and recording, is that okay with everyone?
S6: Fine by me.
S7: Yes, okay.
S1: Great. So, Eastfield. We're about two thirds of the way through Stage 3 and the big thing today is getting the brick nailed down so Pieter can finish the elevations. Pieter, where are we?
S2: Ja, so the GAs are basically done. Ground, first and roof plans are all at a point I'm happy with. Sections are there apart from the reading room, which is waiting on the rooflight question.
S2: Elevations I've drawn twice already, once in red and once in buff, and honestly I don't want to draw them a third time.
S1: Noted. That's why we're deciding today.
S3: Sorry, I've put the three brick options on the screen. A is the red multi stock, B is the buff wirecut, and C is the buff with the glazed green brick on the entrance bay.
S5: And C is about eighteen percent more on the facade package, by the way. The glazed bricks are specials, long lead time as well.
S7: Is that from the QS or your own number?
S5: QS, last Friday.
S2: My view, for what it's worth, the red picks up the Victorian library next door too literally. It ends up looking like a pastiche of the old building.
S1: The planning officer seemed to lean towards the buff at the pre-app, didn't she?
S3: She did. I've got it in my notes. She said something like "a lighter, quieter brick would let the original building lead."
S4: Sorry, sorry. Where are we?
S1: Marcus, perfect timing. Brick. Pieter and the planner both lean buff. C is nice but eighteen percent dearer and it's specials.
S4: Let me see. Hmm. What did we say about the header course?
S2: On B I've shown a recessed header course every sixth course. It gives you a bit of shadow without spending money.
S4: I like that. Look, I don't think the client will pay for C, and I don't want to walk into the workshop with an option we can't afford. We go with B, the buff wirecut, with the recessed header course. @d_brick
S1: Good. Everyone okay with that? Okay.
S2: Right, then I'll redo the elevations in B with the header detail. I can have them by Friday the twenty-ninth. @a_elev
S1: Friday the twenty-ninth is fine.
S1: Rooflights. Pieter, you had six on the reading room?
S2: Six, in two rows of three. It gives the even north light the librarians asked for.
S4: Six is what the client saw at the last workshop, so I'd keep six.
S1: Fine, so we stay with six rooflights. @x_six
S5: Can I come in on that? I spoke to Raj yesterday. With six, two of them land right on the primary beams of the existing roof. We'd have to trim two beams and put in new steel.
S4: Oh. How much are we talking?
S5: He didn't give a cost, but trimming primary steel in an existing building, you're looking at temporary works, a longer programme, the lot. With four, in a two by two, they all sit between the beams.
S2: Four would still give us the light levels if we make them a bit bigger. I ran a quick daylight model last week with four at one point eight metres.
S7: I'd want to check that against overheating, bigger rooflights on the south slope will cook the room in July.
S2: They're north-facing, Sophie.
S7: Ah, okay. Still, I'll need the revised glazing to run it properly.
S4: Right, forget six. Four rooflights, two by two, between the existing beams. I'll explain it to the client, it's a good story anyway, we're not cutting the old steel. @d_roof
S1: So four it is. Leanne, can you get Raj to confirm that in a revised steel layout?
S5: Yes, I'll send him Pieter's model today and I'll have a revised layout back from him by Wednesday. @a_steel
S1: Okay, planning. Hannah, you went through the pre-app letter.
S3: Yes. So, broadly positive. The main points were the brick, which we've just done, the height of the link building, the cycle parking, and the trees on the Albion Road side.
S6: Did they say anything about the big plane tree? Are we allowed to touch the canopy?
S3: Not the canopy, no. They want the arboricultural report to show a root protection zone and the link has to stay outside it. It already does on Pieter's plans, so that's fine. @x_tree
S1: And ecology?
S3: The bat survey came back last week. No roosts, the report's already on the project drive. @x_bats
S4: Thank God for that.
S1: Hannah, can you put all the pre-app points into a tracker, with who's responding to each one? I'd like it by Monday. @a_tracker0
S3: Monday's the bank holiday, Nadia.
S1: Oh, is it? Yes, of course it is. Tuesday then. @a_tracker
S3: Tuesday's fine. I'll put it in the project folder and send a link. @a_tracker2
S1: Planning submission. My aim is to submit on Friday the twenty-sixth of June. That gives us the workshop on the third, two and a half weeks to respond, and a bit of float. @d_submit0
S4: Is that realistic with the arb report?
S1: The arborist says she can do it in two weeks from instruction, and Hannah instructed her on Tuesday.
S4: Okay. Then the twenty-sixth of June is our date, we all work to that. @d_submit
S2: Can I just say, we've moved this date twice before.
S1: I know. This time it's in the programme and it's not moving.
S1: Structural coordination. Pieter, could you ring Raj about the link foundations as well? There's a question about the drainage run.
S2: I'd rather Leanne did, to be honest. She speaks to him every day, and if I ring him it's just another channel. @x_ringraj
S5: Happy to. I'll call him about the foundations and the drainage run separately, that one needs a proper conversation. @a_found
S1: Okay, thanks. Sophie, environmental.
S7: So the overheating analysis. I did the first run on the Stage 2 glazing, and two of the study rooms fail criterion one. With the new rooflights and the revised glazing, I'd expect it to change, so I want to re-run it.
S1: When could you turn that around?
S7: Once I have the glazing, three or four days. When do you need it?
S1: Ideally before the workshop so we can talk about it.
S4: Actually no, I'd rather have it earlier, so we're not discovering problems on the night. Sophie, can you get us the numbers a week today? @a_over0
S7: A week today, okay. Pieter, I'll need the window schedule from you for that. @a_overheat
S2: The latest one's already on the drive, I updated it on Monday. @x_win
S1: Good. Owen, the workshop on the third.
S6: Right. So the client wants to see the street view from Albion Road, the entrance from the park, and an inside view of the reading room. With the brick changing and the rooflights, I need to redo all three.
S1: Can you have them done before the workshop?
S6: Before the third, yes. I'll work off Pieter's model once the elevations are done.
S2: Should be fine, it's all one model.
S6: Then I'll have the three CGIs ready before the workshop. @a_cgi
S6: While we're on it, I've been wanting to try a fly-through for this one. A thirty-second walk from the park into the reading room. Clients love that sort of thing.
S4: They do, but it's not in the fee, Owen. We're already over on the visuals because of the two rounds of brick. Stills only for this one. @x_flythrough
S6: Fair enough. Worth a try.
S4: Fees, while I'm here. The extra pre-app meeting in April wasn't in our appointment. I need to raise it with Gareth at the council before it gets forgotten.
S1: Do you want me to do that?
S4: No, I'll ring Gareth this afternoon. It's better coming from me. @a_fee
S1: Okay. One thing I want to bring up on QA. The drawing set that went to the client in April had the old stair on the first floor plan.
S3: That was me, sorry. I issued from the wrong view.
S1: It's not about blame, Hannah. It's that nothing checked it.
S5: I'm happy to be the check. It takes me ten minutes with a set.
S4: Then let's make it a rule. From now on, nothing goes to the client, on any project actually, without Leanne's QA check first. @d_qa
S5: On any project? Okay, I'll need a day's notice then, not ten minutes before the email goes out.
S4: Fair. A day's notice.
S1: Room data sheets. The client's FM team wants them for every room by the end of Stage 3.
S2: That's the design team's job. We'll split them between us. @a_rds0
S1: Okay, so the design team to do the room data sheets by the end of next month. @a_rds
S3: Do we use the template from the Hollis Road school?
S2: That one's fine, it's got the right headings.
S3: Can I also ask about the Revit template? The new one Leanne set up, are we moving Eastfield over to it?
S5: Not mid-stage, I wouldn't.
S4: That's a studio conversation, not an Eastfield one. Let's park it and pick it up at the studio meeting. @x_revit
S1: Okay. Anything else? Owen, Sophie?
S7: Nothing more from me.
S6: No.
S1: Then we'll meet again in a fortnight, same time, so Thursday the fourth. That's the day after the workshop, so we can do a debrief. @nm
S4: Ten o'clock the fourth, fine.
S3: Noted.
S1: Thanks everyone.
'''
DECISIONS=[
 {"text":"Facade brick: option B, the buff wirecut, with a recessed header course","ev":["d_brick"]},
 {"text":"Reading room to have four rooflights in a two by two layout between the existing beams (instead of six)","ev":["d_roof"]},
 {"text":"Target planning submission date fixed at Friday 26 June","ev":["d_submit0","d_submit"]},
 {"text":"From now on no drawings go to a client on any project without Leanne Dube's QA check first (with a day's notice)","ev":["d_qa"]},
]
ACTIONS=[
 {"task":"Redraw the elevations in the buff wirecut brick with the recessed header course","owner":"Pieter van der Merwe","due_rule":"next:fri","due_text":"by Friday the twenty-ninth","deliverable":"Revised elevations","ev":["a_elev"]},
 {"task":"Send the four-rooflight model to the structural engineer and obtain a revised steel layout","owner":"Leanne Dube","due_rule":"next:wed","due_text":"by Wednesday","deliverable":"Revised steel layout","ev":["a_steel"]},
 {"task":"Compile a tracker of the pre-app points showing who responds to each one","owner":"Hannah Cole","due_rule":"next:tue","due_text":"Monday - bank holiday - Tuesday then","deliverable":"Pre-app response tracker","ev":["a_tracker0","a_tracker","a_tracker2"]},
 {"task":"Raise the link foundations and drainage run with the structural engineer","owner":"Leanne Dube","due_rule":None,"due_text":None,"deliverable":None,"ev":["a_found"]},
 {"task":"Re-run the overheating analysis with the revised glazing and rooflights","owner":"Sophie Tan","due_rule":"weeks:1","due_text":"a week today","deliverable":"Overheating analysis results","ev":["a_over0","a_overheat"]},
 {"task":"Produce the three updated CGI views for the client workshop","owner":"Owen Price","due_rule":"eve:06-03","due_text":"before the workshop on the third","deliverable":"Three CGI views","ev":["a_cgi"]},
 {"task":"Raise the fee for the extra April pre-app meeting with the client","owner":"Marcus Bell","due_rule":"today","due_text":"this afternoon","deliverable":None,"ev":["a_fee"]},
 {"task":"Prepare room data sheets for every room","owner":None,"department":"Design","due_rule":"next_month_end","due_text":"by the end of next month","deliverable":"Room data sheets","ev":["a_rds0","a_rds"]},
]
NEXT={"date_rule":"next2:thu","time":"10:00","ev":["nm"],"text":"Project review and debrief of the 3 June client workshop"}
NOT_ACTIONS=[
 {"ev":["x_six"],"why":"Keeping six rooflights was agreed and then reversed in favour of four","kind":"superseded","target":"decision"},
 {"ev":["x_tree"],"why":"Question about the plane tree answered; plans already comply","kind":"question"},
 {"ev":["x_bats"],"why":"Bat survey already done, no roosts","kind":"completed"},
 {"ev":["x_ringraj"],"why":"Pieter asked to call the engineer; passed to Leanne","kind":"reassigned"},
 {"ev":["x_win"],"why":"Window schedule already updated and on the drive","kind":"completed"},
 {"ev":["x_flythrough"],"why":"Fly-through animation idea turned down as outside the fee","kind":"rejected"},
 {"ev":["x_revit"],"why":"Moving the project to the new Revit template parked for the studio meeting","kind":"deferred"},
]
EXTRA={"note":"London architecture studio. Monday 25 May 2026 is the Spring Bank Holiday, so the tracker deadline is corrected to Tuesday 26 May. The director's 'a week today' overrides the project lead's 'before the workshop' for the overheating analysis."}
