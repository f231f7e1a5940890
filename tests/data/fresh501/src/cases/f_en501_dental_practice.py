STEM='f_en501_dental_practice'
LANG='en'
MEETING={"title":"Monthly Practice Team Meeting – February","date":"2026-02-10","start":"12:45","end":"13:35",
 "location":"Staff room, Bridge Street Dental Practice, Chester",
 "host":"Dr Priya Raman","recorder":"Kirsty Doyle",
 "attendees":[
  {"name":"Dr Priya Raman","department":"Clinical","title":"Principal Dentist"},
  {"name":"Helen Marsh","department":"Practice Management","title":"Practice Manager"},
  {"name":"Dr Tom Whitfield","department":"Clinical","title":"Associate Dentist"},
  {"name":"Kirsty Doyle","department":"Nursing","title":"Lead Dental Nurse"},
  {"name":"Aisha Begum","department":"Reception","title":"Receptionist"},
  {"name":"Gareth Llewellyn","department":"Hygiene","title":"Dental Hygienist"}],
 "agenda":["Missed appointments and reminders","Decontamination room and autoclave service",
           "CQC visit preparation","Radiograph audit","Half-term rota","AOB"],
 "consent":{"confirmed":True,"method":"Asked at the start; everyone happy for it to be recorded for the minutes","by":"Kirsty Doyle"}}
SPEAKERS={"S1":"Dr Priya Raman","S2":"Helen Marsh","S3":"Dr Tom Whitfield","S4":"Kirsty Doyle","S5":"Aisha Begum","S6":"Gareth Llewellyn"}
LINES='''
S1: Okay, shall we make a start? I know half of you haven't had lunch yet, so I'll try and keep it short.
S4: Is everyone alright with me recording this for the minutes? Same as usual.
S6: Yep.
S3: Fine by me.
S1: Lovely. Right, first thing, missed appointments. Aisha, you pulled the numbers?
S5: I did, yeah. January we had forty-one DNAs across the whole practice. Gareth's list was the worst, sorry Gareth.
S6: No, that's fair, it's always the seven forty-fives. Nobody wants to come in at quarter to eight in January.
S5: About two thirds of them were NHS patients, and most of them had the text reminder, the one that goes out three days before.
S2: Three days is too far out, honestly. People get it on the Monday and by Thursday they've forgotten.
S5: The software can do a second one. It's just a tick box, I think it's a setting under the comms bit, and then it sends another one the day before.
S1: Is there a cost to that?
S2: It's per text, so a few pence each. Maybe twenty, thirty quid a month extra at our volume.
S1: That's nothing compared to an empty chair. Fine, let's do the second reminder, the day before. @d_sms
S3: Can it ask them to reply to confirm? Because then at least we'd know who's not coming.
S5: It can, yeah. "Reply Y to confirm." I'll set it up so it does both, the day before and the confirm. @a_sms0
S1: Great. When can you have that switched on?
S5: I'll do it this week. Friday? @a_sms1
S1: Friday's fine. @a_sms
S3: What about charging people? I know other practices are doing a missed appointment fee for private patients now.
S2: We'd have to change the terms, write to everyone, put it on the website...
S1: I'd rather see if the texts make a difference first. Let's park the fee idea and look at the numbers again in a couple of months. @x_fee
S3: Fair enough.
S1: Okay. Decon room. Kirsty, you had a problem with the autoclave?
S4: Yeah, the older one, the one by the window, it failed its cycle twice last week. It's the door seal I think, it's been making that hissing noise.
S6: It's been doing that since Christmas, to be fair.
S4: We've been running everything through the newer one, which is fine, but if that one goes as well we're stuck.
S2: So the service contract's up for renewal at the end of March anyway. I got a quote from another company, SteriCare or whatever they're called, they're about two hundred cheaper.
S1: Are they any good, though? Because the lot we've got now do come out the same day.
S4: I'd rather stick with who we've got. When the old one went down last year they had someone here by two o'clock.
S2: They are more expensive.
S1: I know, but with the CQC coming I don't want to be messing around with a new engineer who doesn't know our machines. We'll renew with the current company. @d_autoclave
S2: Okay, I'll tell them. And I'll get them in to look at the seal. @a_engineer0
S1: Needs to be done before the CQC visit. That's the third of March, isn't it?
S2: Third of March, yeah. I'll get them booked in before then, they're usually quite quick. @a_engineer
S4: Can they validate it while they're here? The paperwork, I mean. The inspector's going to want the validation certificates.
S2: I'll ask them to do the whole lot. @a_engineer2
S1: Right, that brings us onto the CQC. We did most of this at the last meeting. Kirsty, fire alarm test, where are we with that?
S4: Done. Gareth did it last Thursday and it's in the log. @x_fire
S6: It's done, it's signed. The bell by the back door is really quiet though.
S1: Well, it works, that's the main thing. If they did turn up early, say next week, what would we be missing?
S2: Honestly, if they came next week we'd be short on the sharps training records. That's the one I'm worried about.
S4: That's mine. Two of the nurses haven't done the refresher since the new sharps bins came in. Actually three, Laura hasn't either.
S1: Can you get them all done?
S4: Yeah, I'll run a session myself, it's only half an hour. I'll get everyone done by the end of the month. @a_sharps
S1: Brilliant. And put the sign-in sheet in the CQC folder, not in your drawer.
S4: It was one time!
S1: Radiograph audit. It's due, it's the six-monthly one. Tom, could you take that on this time?
S3: I'd love to, but I'm off from the twentieth till the second of March, we're going to my wife's family in Bangalore. I won't have time before I go. @x_tom
S6: I can do it. I've done the one for bitewings before, I've still got the spreadsheet. @a_xray0
S1: Would you, Gareth? That'd be great.
S6: Yeah, no problem. When do you want it?
S1: If you can bring it to the next meeting, so we can go through it together. @a_xray
S6: Okay, I'll have it ready for then. @a_xray1
S3: I can give you my lot from January before I go, I've graded them already.
S6: Cheers.
S1: Half-term. Helen, rota.
S2: So, half-term's the week of the sixteenth. We've got Kirsty off the Monday and Tuesday and Tom's off from the twentieth anyway. I'll draft the rota and send it round by Thursday. @a_rota0
S6: Can it be before that? I need to tell the school about my little one's clubs by Wednesday lunchtime.
S2: Okay, Wednesday then, I'll send it Wednesday morning. @a_rota
S6: Thank you.
S5: Are we covering reception with the agency again? Because last time the girl didn't know how to use the phones.
S2: No, Jo from the Hoole practice said she can do the Tuesday and Wednesday.
S5: Oh good, she's lovely.
S1: Anything else on the rota? No? Okay. AOB. I had a rep in last week for an intraoral scanner.
S3: The 3Shape one?
S1: No, a different one. They want to do a demo for all of us, a lunch-and-learn. I said I'd get back to them.
S3: We'd actually use it for crowns. The impressions for the lab are costing us a fortune in remakes.
S1: I'll ring the rep and set up a demo. No rush on it, sometime after the CQC probably. @a_scanner
S2: Will they bring lunch?
S1: They'd better.
S6: Proper lunch, not those sandwiches from last time.
S5: Oh, and the Christmas thing, are we still doing the meal in January? It's February now.
S2: It kept getting moved. Can we sort that out another time? It's not really for this meeting. @x_xmas
S1: Yes, WhatsApp it. Anything else? Tom?
S3: Just, the bur stand in surgery two is missing half the diamonds again.
S4: Already sorted, I restocked it this morning before clinic. Someone keeps borrowing them for surgery three. @x_burs
S1: I'm not naming any names. Right, next meeting, second Tuesday in March as usual, same time, twelve forty-five. That's the tenth. @nm
S2: Tenth of March, that's after the CQC, so we can talk about how it went.
S1: Or cry about it. Thanks everyone.
'''
DECISIONS=[
 {"text":"Add a second SMS appointment reminder the day before, with a reply-to-confirm option","ev":["d_sms"]},
 {"text":"Renew the autoclave service contract with the current engineering company rather than switching supplier","ev":["d_autoclave"]},
]
ACTIONS=[
 {"task":"Switch on the second (day-before) text reminder with reply-to-confirm in the practice software","owner":"Aisha Begum",
  "due_rule":"this:fri","due_text":"Friday","deliverable":"Second SMS reminder live","ev":["a_sms0","a_sms1","a_sms"]},
 {"task":"Book the service engineer to repair the autoclave door seal and complete validation before the CQC visit","owner":"Helen Marsh",
  "due_rule":"eve:03-03","due_text":"before the CQC visit on the third of March","deliverable":"Autoclave repaired and validation certificates","ev":["a_engineer0","a_engineer","a_engineer2"]},
 {"task":"Run the sharps refresher training for all dental nurses and file the sign-in sheet in the CQC folder","owner":"Kirsty Doyle",
  "due_rule":"month_end","due_text":"by the end of the month","deliverable":"Training completed; sign-in sheet","ev":["a_sharps"]},
 {"task":"Carry out the six-monthly radiograph audit and bring the results to the next meeting","owner":"Gareth Llewellyn",
  "due_rule":"next_meeting","due_text":"for the next meeting","deliverable":"Radiograph audit","ev":["a_xray0","a_xray","a_xray1"]},
 {"task":"Draft and circulate the half-term staff rota","owner":"Helen Marsh",
  "due_rule":"this:wed","due_text":"by Thursday – changed to Wednesday morning","deliverable":"Half-term rota","ev":["a_rota0","a_rota"]},
 {"task":"Contact the intraoral scanner rep to arrange a demo for the team","owner":"Dr Priya Raman",
  "due_rule":None,"due_text":"no rush, sometime after the CQC","deliverable":"Scanner demo arranged","ev":["a_scanner"]},
]
NEXT={"date_rule":"iso:2026-03-10","time":"12:45","ev":["nm"],"text":"Second Tuesday in March; review CQC visit and radiograph audit"}
NOT_ACTIONS=[
 {"ev":["x_fee"],"why":"Missed-appointment fee parked until the effect of the new reminders is known","kind":"deferred"},
 {"ev":["x_tom"],"why":"Tom asked to do the radiograph audit but declined (on leave); Gareth took it","kind":"reassigned"},
 {"ev":["x_fire"],"why":"Fire alarm test already done and logged","kind":"completed"},
 {"ev":["x_burs"],"why":"Bur stand already restocked before the meeting","kind":"completed"},
 {"ev":["x_xmas"],"why":"Belated Christmas meal raised but pushed out of the meeting (to WhatsApp)","kind":"off_topic"},
]
EXTRA={"note":"Rota deadline corrected from Thursday to Wednesday at another staff member's request."}
