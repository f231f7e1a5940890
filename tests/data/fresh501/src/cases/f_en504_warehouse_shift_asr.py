STEM='f_en504_warehouse_shift_asr'
LANG='en'
MEETING={"title":"Day to Afternoon Shift Handover","date":"2026-11-19","start":"14:00","end":"14:20",
 "location":"Shift office, Dandenong South Distribution Centre",
 "host":"Craig Mitchell","recorder":"Hamish Tran",
 "attendees":[
  {"name":"Craig Mitchell","department":"Operations","title":"Day Shift Manager"},
  {"name":"Leanne Foster","department":"Operations","title":"Afternoon Shift Manager"},
  {"name":"Hamish Tran","department":"Inventory","title":"Inventory Controller"},
  {"name":"Rob Kowalski","department":"Operations","title":"MHE Team Leader"},
  {"name":"Jess Nguyen","department":"Health and Safety","title":"Health and Safety Representative"}],
 "agenda":["Dock doors","Forklifts","Cycle count variances","Incidents","Weekend volumes and labour"],
 "consent":{"confirmed":True,"method":"Verbal at start of handover","by":"Hamish Tran"}}
SPEAKERS={"S1":"Craig Mitchell","S2":"Leanne Foster","S3":"Hamish Tran","S4":"Rob Kowalski","S5":"Jess Nguyen"}
LINES='''
S1: righto lets get going hamishs recording this for the notes everyone right with that
S2: yep
S5: yeah all good
S1: ok so um big one first dock for the roller doors jammed about half way up since about ten this morning
S2: yeah i saw that on the way in theres a truck sitting there
S1: yeah thats the linfox one we turned it round to dock five in the end took forty minutes
S4: the motors gone i reckon you can hear it grinding
S1: door blokes couldnt come today theyre flat out so um what im thinking is dock for is just closed till its fixed everything inbound goes through three and five @d_dock0
S2: yeah nah thats fine three and fives got the capacity tonight theres only um eleven inbound on the schedule @d_dock
S1: sweet so dock fours shut can you chase the door mob leanne cause i wont be here @a_door0
S2: yep ill ring em first thing tomorrow they open at seven i think @a_door
S1: good um forklifts rob
S4: yeah so seven the reach truck the batterys stuffed its not holding charge it died twice today in isle nine with a palette up on the forks
S5: with the load up
S4: with the load up yeah about six metres
S5: thats not good
S1: right so seven stays tagged out nobody touches it til the batterys replaced @d_fl7
S4: its already tagged and the keys are in my draw so
S1: when can we get a new battery
S4: the battery bloke comes out tuesday for the service ill get him to swap it then so tuesday @a_battery
S1: tuesday ok so were down a reach truck til tuesday leanne you right with that
S2: um yeah itll be tight but the agency guys can go on the counterbalances
S1: alright cycle count hamish whats the story
S3: so isle twelve bay fourteen to twenty the phone cases were out by forty cartons system says were over by forty its probably a put away error from monday
S1: rob can you get one of your guys to recount that this arvo
S4: mate ive got nobody two of my drivers are on the dock unloading and ones on a brake @x_rob
S3: its fine ill do it myself ill recount isle twelve before i knock off at six and fix it in the system @a_count
S1: legend cheers
S2: are we still getting the pick rate bonus this month or did that get scrapped the boys keep asking me
S1: honestly i dont know thats one for HR not me @x_bonus
S2: ok fair enough
S1: incidents jess
S5: yeah so um hydraulic oil on the floor near racking bay fourteen this morning from the reach truck probably the same one seven
S4: yeah seven was leaking as well
S5: it got cleaned up straight away the spill kit went on and its been mopped and dried so thats all done @x_spill
S5: but i need to do the incident report cause someone nearly went over on it
S1: when can you have that in @a_report0
S5: ill have the report in the system by monday @a_report
S1: good and put the near miss on the bored as well so the afternoon crew see it @a_board
S5: yep ill stick it up after this @a_board1
S1: ok um last thing weekend volumes black friday stuff is starting saturday the forecasts about thirty percent up on a normal saturday
S2: thirty percent thats massive we need at least eight extra from the agency
S1: ive only got budget for six leanne
S2: six is gonna hurt
S1: i know but six is what i can sign off so we go with six extra agency on the saturday afternoon shift @d_agency
S2: ok fine six but i want em here at two not two thirty theyre useless for the first half hour
S1: yep two oclock start ill email the agency before i go today and tell em six for saturday at two @a_agency
S2: and if it goes like last year could we run a third shift through black friday week like a night shift just for picking
S1: if the volumes actually hit what theyre saying maybe but not right now not this week @x_third
S2: yeah fair
S4: oh and the new steal cap boots came in for the agency guys theyre in the cage @x_boots
S1: good um anything else no righto im off good luck tonight leanne
S2: cheers craig
'''
DECISIONS=[
 {"text":"Dock 4 closed until the roller door is fixed; all inbound goes through docks 3 and 5","ev":["d_dock0","d_dock"]},
 {"text":"Reach truck 7 stays tagged out and unused until its battery is replaced","ev":["d_fl7"]},
 {"text":"Six extra agency workers for the Saturday afternoon shift (Black Friday volumes), starting at 14:00","ev":["d_agency"]},
]
ACTIONS=[
 {"task":"Call the roller door contractor to fix dock 4","owner":"Leanne Foster",
  "due_rule":"tomorrow","due_text":"first thing tomorrow","deliverable":"Dock 4 door repair booked","ev":["a_door0","a_door"]},
 {"task":"Have the battery on reach truck 7 replaced during the battery supplier's service visit","owner":"Rob Kowalski",
  "due_rule":"next:tue","due_text":"tuesday","deliverable":"Reach truck 7 back in service","ev":["a_battery"]},
 {"task":"Recount aisle 12 bays 14–20 (phone cases) and correct the stock in the system","owner":"Hamish Tran",
  "due_rule":"today","due_text":"before i knock off at six","deliverable":"Corrected stock count","ev":["a_count"]},
 {"task":"Log the incident report for the hydraulic oil spill near racking bay 14","owner":"Jess Nguyen",
  "due_rule":"next:mon","due_text":"by monday","deliverable":"Incident report","ev":["a_report0","a_report"]},
 {"task":"Put the near miss up on the board for the afternoon crew","owner":"Jess Nguyen",
  "due_rule":"today","due_text":"after this","deliverable":"Near-miss notice","ev":["a_board","a_board1"]},
 {"task":"Email the labour agency to book six extra workers for Saturday at 14:00","owner":"Craig Mitchell",
  "due_rule":"today","due_text":"before i go today","deliverable":"Agency booking","ev":["a_agency"]},
]
NEXT=None
NOT_ACTIONS=[
 {"ev":["x_rob"],"why":"Rob asked to have the aisle 12 recount done but has nobody free; Hamish takes it","kind":"reassigned"},
 {"ev":["x_bonus"],"why":"Question about the pick-rate bonus, referred to HR; nothing assigned","kind":"question"},
 {"ev":["x_spill"],"why":"Spill already cleaned up","kind":"completed"},
 {"ev":["x_third"],"why":"Third shift for Black Friday week only if volumes materialise","kind":"hypothetical"},
 {"ev":["x_boots"],"why":"Steel-cap boots already delivered","kind":"completed"},
]
EXTRA={"note":"Raw ASR style: lower case, no punctuation, fillers. Homophone/ASR errors: 'dock for' = dock four; 'isle' = aisle; 'palette' = pallet; 'brake' = break; 'draw' = drawer; 'bored' = board; 'steal cap' = steel-cap; 'arvo' = afternoon (Australian). No next meeting was set (regular shift handover, not mentioned)."}
