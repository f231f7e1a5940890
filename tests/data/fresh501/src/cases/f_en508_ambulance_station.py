STEM='f_en508_ambulance_station'
LANG='en'
MEETING={"title":"Kingswinford Ambulance Station – Monthly Managers' Meeting","date":"2026-08-12","start":"09:30","end":"10:40",
 "location":"Station training room (EOC duty manager on speakerphone)",
 "host":"Karen Holloway","recorder":"Sophie Lam",
 "attendees":[
  {"name":"Karen Holloway","department":"Operations","title":"Station Manager"},
  {"name":"Sophie Lam","department":"Operations","title":"Operations Officer"},
  {"name":"Rajesh Nair","department":"Clinical","title":"Clinical Team Leader"},
  {"name":"Mike Brennan","department":"Clinical","title":"Clinical Team Leader"},
  {"name":"Darren Price","department":"Fleet","title":"Fleet Manager"},
  {"name":"Angela Quinn","department":"Education","title":"Education and Training Lead"}],
 "agenda":["Actions from July","Hospital handover delays","Fleet and VOR","New defibrillator rollout",
           "Mandatory training compliance","Staff wellbeing","Bank holiday cover","Controlled drugs","AOB"],
 "consent":{"confirmed":True,"method":"Verbal agreement at the start, including the EOC duty manager on the phone","by":"Sophie Lam"}}
SPEAKERS={"S1":"Karen Holloway","S2":"Sophie Lam","S3":"Rajesh Nair","S4":"Mike Brennan","S5":"Darren Price","S6":"Angela Quinn","S7":None}
LINES='''
S1: Morning, everyone. Let's crack on, because I know Mike's got to be out on the road by half ten. Sophie's recording for the minutes. Everyone okay with that? And EOC, are you there?
S7: Morning, yes, it's EOC, I'm covering the duty manager desk for Gary today. Recording's fine.
S4: Fine.
S3: Yes, okay.
S1: Thanks. Actions from July. Kit bags. Darren?
S5: All arrived, all issued, every vehicle's got the new bags. The old ones have gone back to stores. That's closed. @x_kitbags
S1: Brilliant. Handover delays. I'm going to be blunt, it was a bad month. Sophie, the figures.
S2: So in July we lost two hundred and twelve hours to handovers over thirty minutes. Almost all of it at Northfield General. The longest single one was five hours forty, on the eighteenth.
S4: That was my crew. Five hours in a corridor with an eighty-nine-year-old on a trolley. They were in bits by the end of it.
S3: And meanwhile we've got category two calls holding in the stack for an hour.
S7: From our side, the stack's been horrendous in the evenings. We had nine cat twos waiting on Friday night and four of your vehicles were stood outside Northfield.
S1: What do we do right now, though, that's in our gift? Because I can't fix the hospital's beds.
S7: What some stations are doing is, anything over sixty minutes, the crew rings the tactical desk, we log it and the duty manager escalates it to the hospital site manager directly. It at least gets it on their radar in real time. @d_handover0
S4: Honestly, the crews would love that. At the moment they just sit there and nobody knows.
S1: Right, let's do that, from today. Any handover over sixty minutes, the crew phones it in to the tactical desk, it's logged and the duty manager escalates. @d_handover
S3: That's simple enough. The crews will actually use that.
S1: And I'm going to write to the ED clinical lead at Northfield with July's figures. I'll do that this week. @a_letter
S7: While I've got you, a heads up: we might have to pull two of your crews for the air show on the twenty-second. Not confirmed, it depends on what the event organisers book privately. @x_airshow
S1: Okay, if it happens, let us know as soon as you do. Thanks, you can drop off now if you like. @x_airshow1
S7: Cheers, bye.
S1: Fleet. Darren.
S5: So, VOR rate was fourteen percent in July. Too high. Right now I've got two off: four-two-seven has a tail lift fault, and four-three-one has a cracked windscreen that's gone right across the driver's side.
S1: When are they back? @a_vor0
S5: The windscreen's booked for Monday, and the tail lift part is due Friday. I'll have both of them back on the road by Tuesday. @a_vor
S1: Tuesday. Okay.
S5: And to be honest, Karen, I'd like us to lease another spare. One spare for this station isn't enough when we're at fourteen percent.
S1: I'd love that, Darren, but there's no money for it this year. Not a chance. It's a no for now. @x_spare
S5: Worth asking.
S1: Defibs. Angela.
S6: So the new defibrillators go live on the first of September. Every clinician has to have done the practical session before they can use one. It's about an hour and a half, hands-on.
S1: How many people haven't done it?
S6: About sixty out of eighty-five.
S4: Sixty. In three weeks?
S6: It's doable if I run sessions at shift change, morning and evening. I'll book them in and get everyone through before go-live. @a_defib
S1: It has to be before the first, Angela. I'm not having anyone on the road with a machine they've never touched.
S6: Before the first, I know. I'll do it. @a_defib1
S3: Can we get the sessions onto the rota so people are released for them? Otherwise they'll just get sent to jobs.
S2: They're already on as protected time. Angela sent me the first batch of dates yesterday.
S1: Thank you. Mandatory training. We're at seventy-eight percent. Target's ninety-five. Sophie, could you chase everyone who's out of date?
S2: I can pull the compliance report for you, but honestly it doesn't land coming from me. They ignore my emails. It needs to come from their own team leaders. @x_sophie
S4: She's right. If I tell my lot, they'll do it.
S1: Fair. Then team leaders chase their own crews, and I want us at ninety-five by the end of the month. @a_mandatory
S2: I'll pull the report today and send it to Raj and Mike so they know who's out of date. @a_report
S1: Good. Wellbeing. Raj.
S3: So, Saturday's job. The paediatric arrest on the Wordsley estate. Crew were Jodie and Sam. They did everything right, but it's hit them both hard, particularly Sam, it's his first one.
S1: Have they been offered TRiM?
S3: Not formally yet. I spoke to them on Sunday. I'll do the TRiM assessment with both of them. I'd like to do it in the next couple of days. @a_trim0
S1: By Friday? @a_trim1
S3: By Friday, yes. @a_trim
S4: There's also the therapy dog scheme. The service down south has dogs visiting stations. Our lot would love that.
S1: It's a lovely idea. But I don't want to start something new while we're in the middle of the defib rollout. Let's look at it again in October. @x_dog
S1: Bank holiday. Sophie.
S2: The thirty-first. We've got six shifts uncovered. Four days, two nights.
S1: Any volunteers so far?
S2: Two, but only if it's enhanced rate.
S5: It's always the bank holidays.
S1: Right. Fine. We'll offer the bank holiday overtime at time and a half. I'll sign it off. @d_overtime
S2: Then I'll get the shifts posted on the rota system by close of play tomorrow. @a_overtime
S1: Good. Controlled drugs. Mike.
S4: Yeah. The weekly audit on Monday found the register one morphine ampoule out against the safe. Ten milligrams. It's probably a recording error, a crew not signing the return, but we have to treat it properly.
S1: Have you told pharmacy? @a_cd0
S4: Not yet. I'll recheck it with the pharmacy technician this afternoon and do the incident report. @a_cd
S1: Okay. And from now on I want the CD safe checked at the start and end of every shift, not just once a day. Two signatures each time. @d_cd
S3: That's going to slow shift change down a bit.
S1: I know. Five minutes. It's worth it.
S4: Fair enough.
S1: AOB? Anyone?
S6: Just a thank-you to everyone for covering the student placements last month. They've all passed.
S1: Lovely. Right. Next meeting, second Wednesday of September, same time.
S2: So that's the ninth. @nm0
S1: The ninth, half nine. Thanks, everyone, be safe out there. @nm
'''
DECISIONS=[
 {"text":"From today, any hospital handover over 60 minutes is phoned in to the tactical desk, logged, and escalated by the duty manager","ev":["d_handover0","d_handover"]},
 {"text":"Offer bank holiday (31 August) overtime at time and a half to fill the six uncovered shifts","ev":["d_overtime"]},
 {"text":"The controlled drugs safe is checked at the start and end of every shift with two signatures","ev":["d_cd"]},
]
ACTIONS=[
 {"task":"Write to the Northfield General ED clinical lead with July's handover delay figures","owner":"Karen Holloway",
  "due_rule":"week_end","due_text":"this week","deliverable":"Letter to ED clinical lead","ev":["a_letter"]},
 {"task":"Get vehicles 427 (tail lift) and 431 (windscreen) repaired and back on the road","owner":"Darren Price",
  "due_rule":"next:tue","due_text":"by Tuesday","deliverable":"Two vehicles back in service","ev":["a_vor0","a_vor"]},
 {"task":"Book and run the practical training sessions on the new defibrillators for all clinicians not yet trained","owner":"Angela Quinn",
  "due_rule":"eve:09-01","due_text":"before go-live on the first of September","deliverable":"All clinicians trained","ev":["a_defib","a_defib1"]},
 {"task":"Chase their own crews to complete out-of-date mandatory training and reach 95% compliance","owner":None,"department":"Clinical",
  "due_rule":"month_end","due_text":"by the end of the month","deliverable":"95% mandatory training compliance","ev":["a_mandatory"]},
 {"task":"Pull the mandatory training compliance report and send it to the team leaders","owner":"Sophie Lam",
  "due_rule":"today","due_text":"today","deliverable":"Compliance report","ev":["a_report"]},
 {"task":"Carry out TRiM assessments with the two crew members from Saturday's paediatric arrest","owner":"Rajesh Nair",
  "due_rule":"this:fri","due_text":"by Friday","deliverable":"TRiM assessments","ev":["a_trim0","a_trim1","a_trim"]},
 {"task":"Post the six bank holiday overtime shifts on the rota system","owner":"Sophie Lam",
  "due_rule":"tomorrow","due_text":"by close of play tomorrow","deliverable":"Shifts posted","ev":["a_overtime"]},
 {"task":"Recheck the morphine discrepancy with the pharmacy technician and complete the incident report","owner":"Mike Brennan",
  "due_rule":"today","due_text":"this afternoon","deliverable":"Recheck and incident report","ev":["a_cd0","a_cd"]},
]
NEXT={"date_rule":"iso:2026-09-09","time":"09:30","ev":["nm0","nm"],"text":"Second Wednesday of September"}
NOT_ACTIONS=[
 {"ev":["x_kitbags"],"why":"July action on new kit bags already closed","kind":"completed"},
 {"ev":["x_airshow","x_airshow1"],"why":"Possible redeployment of crews for the air show – not confirmed","kind":"hypothetical"},
 {"ev":["x_spare"],"why":"Request to lease a second spare vehicle turned down (no budget)","kind":"rejected"},
 {"ev":["x_sophie"],"why":"Operations Officer asked to chase training; declined – team leaders chase their own crews","kind":"reassigned"},
 {"ev":["x_dog"],"why":"Therapy dog visits idea deferred to October","kind":"deferred"},
]
EXTRA={"note":"The EOC duty manager on speakerphone is not on the roster (S7 unnamed). Mandatory-training chasing goes to the team leaders as a group (no single owner)."}
