STEM='f_en518_fire_station_watch'
LANG='en'
MEETING={"title":"Blue Watch start-of-tour watch meeting","date":"2026-10-11","start":"09:15","end":"09:45",
 "location":"Eastfield Fire Station, mess room",
 "host":"Steve Dunmore","recorder":"Kelly Pryce",
 "attendees":[
  {"name":"Steve Dunmore","department":"Blue Watch","title":"Watch Manager"},
  {"name":"Kelly Pryce","department":"Blue Watch","title":"Crew Manager"},
  {"name":"Aaron Mensah","department":"Blue Watch","title":"Firefighter"},
  {"name":"Jodie Walsh","department":"Blue Watch","title":"Firefighter"},
  {"name":"Liam O'Rourke","department":"Blue Watch","title":"Firefighter"},
  {"name":"Ben Clarke","department":"Blue Watch","title":"Firefighter"},
  {"name":"Rani Patel","department":"Community Safety","title":"Community Safety Advocate"}],
 "agenda":["Welfare","Appliance and equipment defects","Training this tour","Hydrants","Home fire safety visits and school visit","AOB"],
 "consent":{"confirmed":True,"method":"Watch Manager asked at the start; all present agreed","by":"Kelly Pryce"}}
SPEAKERS={"S1":"Steve Dunmore","S2":"Kelly Pryce","S3":"Aaron Mensah","S4":"Jodie Walsh","S5":"Liam O'Rourke","S6":"Ben Clarke","S7":"Rani Patel"}
LINES='''
S1: Right, sit down, grab a tea, let's get through this before the bells go down. Kelly's recording it for the watch log, nobody minds?
S4: Go on.
S1: First thing, and I'm going to say it properly. Tuesday. Holloway Road. That was a bad one, and I know a few of you were in that front bedroom.
S1: The TRiM practitioner is booked, she's in on Wednesday at ten, and I've put everyone on the watch down for a session. It's not optional to turn up, what you say in there is up to you. @x_trim
S3: Cheers, guv.
S1: Right. Defects. Kelly.
S2: Pump two, the ladder gantry lock's sticking again. Took Liam and me both to get the thirteen-five off on Friday's drill.
S5: It's the same lock as August. They just greased it last time.
S1: Get it reported to Fleet today, and put on it that it's a repeat. I want them to actually replace it this time. @a_fleet0
S2: I'll do it straight after this, and I'll put the August job number on it. @a_fleet
S3: And BA set fourteen failed the weekly. Low pressure whistle came in late, about forty bar out.
S1: Is it off the run?
S3: Off the run and tagged. Workshop's shut on a Sunday, so I'll drop it over to them tomorrow first thing, on the way to the drill ground. @a_ba
S1: Good lad. Training. Tomorrow we were down for hose running, but the new battery cutters came on Thursday and half of you haven't touched them yet.
S6: I had a go. They're mint, guv. Cut through an A-post like butter.
S1: So we're switching tomorrow's drill to RTC extrication with the new kit. Hose running moves to nights. @d_drill
S5: I'll ring the scrapyard in Dunston and get a car dropped in for tomorrow morning, they owe us one anyway. @a_car
S1: Tell them two if they've got them. @a_car2
S1: Hydrants.
S2: We've got the north and south ground to get through this tour, and we're behind on both.
S1: Okay. Kelly, your crew takes the north ground, I'll take the south with mine. Everyone alright with that? @d_hyd
S4: Fine with me, north's closer to the chippy.
S5: Are we still doing the hydrant forms on the tablets, or is it back to paper?
S2: Tablets. The app's been fixed, finally.
S5: Fixed, she says.
S1: Rani, you're up.
S7: Thanks. So the station target is twenty home fire safety visits for Blue Watch before the end of the month, and you're on six. @a_hfsv1
S1: Six. Right, we'll get them done, fourteen between now and the thirty-first. Crews, fit them round the hydrants. @a_hfsv2
S7: I'll put the referral list on the shared drive this afternoon, there's a lot of older people in the Wrekenton flats, that's where I'd start. @a_ref
S7: And the school. St Mary's Primary want us for the week before Bonfire Night, for the fireworks safety talk. I just need someone to confirm a date with the head. @a_school0
S4: I'll do that, I did the visit last year. I'll get a date sorted with her by Friday. @a_school
S1: Cheers, Jodie. Talking of Bonfire Night, what are we doing for standby cover?
S2: Group haven't put their plan out yet. It's meant to come out next week.
S1: Then let's wait for the group plan and do ours off the back of it. No point doing it twice. @x_bonfire
S6: AOB, guv. The mess telly. It's been on its last legs for a year and the remote's held together with tape. Can we get a new one through the station budget? @x_tv1
S1: Not through the station budget, Ben, no chance. That's public money, it's for kit. If you lot want to do a whip-round, I'll chuck a tenner in. @x_tv2
S6: Worth a try.
S5: I'll chuck a fiver in, so I will.
S3: Big spender.
S4: If it's a whip-round, Ben, I'm not chipping in for another tiny one. It needs to be big enough for the football.
S6: Fifty-five inch at least.
S1: Sort it out between yourselves, not on my time.
S1: Anything else? Right. That's.
S4: That's the bells.
S1: Right, pump one, go. Kelly, finish the log later.
'''
DECISIONS=[
 {"text":"Tomorrow's drill switched to RTC extrication with the new battery cutters; hose running moves to nights","ev":["d_drill"]},
 {"text":"Hydrant inspections split: Kelly's crew takes the north ground, Steve's crew the south","ev":["d_hyd"]},
]
ACTIONS=[
 {"task":"Report the pump two ladder gantry lock to Fleet as a repeat defect, quoting the August job number","owner":"Kelly Pryce","due_rule":"today","due_text":"today, straight after this","ev":["a_fleet0","a_fleet"]},
 {"task":"Take failed BA set 14 to the BA workshop","owner":"Aaron Mensah","due_rule":"tomorrow","due_text":"tomorrow first thing","ev":["a_ba"]},
 {"task":"Get a scrap car (two if possible) dropped at the drill ground for the RTC drill","owner":"Liam O'Rourke","due_rule":"tomorrow","due_text":"for tomorrow morning","ev":["a_car","a_car2"]},
 {"task":"Complete the remaining 14 home fire safety visits to reach the target of 20","owner":None,"department":"Blue Watch","due_rule":"month_end","due_text":"before the end of the month / by the thirty-first","ev":["a_hfsv1","a_hfsv2"]},
 {"task":"Put the home fire safety visit referral list on the shared drive","owner":"Rani Patel","due_rule":"today","due_text":"this afternoon","deliverable":"Referral list","ev":["a_ref"]},
 {"task":"Confirm a date with the St Mary's Primary head for the fireworks safety talk","owner":"Jodie Walsh","due_rule":"next:fri","due_text":"by Friday","ev":["a_school0","a_school"]},
]
NEXT=None
NOT_ACTIONS=[
 {"ev":["x_trim"],"why":"TRiM sessions already booked for Wednesday","kind":"completed"},
 {"ev":["x_bonfire"],"why":"Bonfire Night standby planning deferred until the group plan comes out","kind":"deferred"},
 {"ev":["x_tv1","x_tv2"],"why":"New mess TV from station budget refused; whip-round suggested instead","kind":"rejected"},
]
EXTRA={"note":"Sunday meeting: 'tomorrow' = Monday 12 October, 'by Friday' = Friday 16 October. The home fire safety visits are a watch duty with no named owner. Meeting cut short by a call-out; no next meeting set."}
