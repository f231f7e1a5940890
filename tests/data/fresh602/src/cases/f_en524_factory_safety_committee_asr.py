STEM='f_en524_factory_safety_committee_asr'
LANG='en'
MEETING={"title":"Plant 2 Health and Safety Committee","date":"2026-06-24","start":"14:00","end":"14:50",
 "location":"Plant 2 canteen meeting room",
 "host":"Gary Hollis","recorder":"Paula Grant",
 "attendees":[
  {"name":"Gary Hollis","department":"Health and Safety","title":"Health and Safety Manager"},
  {"name":"Kerry Dunn","department":"Production","title":"Shift Supervisor (Days)"},
  {"name":"Stuart Reid","department":"Production","title":"Union Safety Representative"},
  {"name":"Mohammed Iqbal","department":"Maintenance","title":"Maintenance Engineer"},
  {"name":"Paula Grant","department":"Human Resources","title":"HR Advisor"},
  {"name":"Dean Walsh","department":"Warehouse","title":"Warehouse Team Leader"}],
 "agenda":["Near miss in goods in","Press line 3 guarding","Hearing tests","Heat","Gloves","Fire drill"],
 "consent":{"confirmed":True,"method":"Chair announced the recording at the start for the minutes; no objections","by":"Paula Grant"}}
SPEAKERS={"S1":"Gary Hollis","S2":"Kerry Dunn","S3":"Stuart Reid","S4":"Mohammed Iqbal","S5":"Paula Grant","S6":None}
LINES='''
S1: right ok can we make a start its just after two er paulas recording this for the minutes is everyone alright with that
S3: yeah fine
S1: lovely so first thing the near mist in goods in last thursday um kerry you were on
S2: yeah so er one of the lads on the four clift was reversing out of bay six and one of the agency lads walked straight behind him he didnt get hit but it was like that close
S3: it was close gary i saw the cctv
S1: right and this is the third one in goods in since march
S2: the problem is theres no proper walk way people just cut through between the racking because its quicker to get to the toilets
S6: its miles to go round though to be fair
S1: yeah i know i know but thats how someones going to get killed so um what im proposing is we put proper barriers in along the walkway and make it one way for the trucks through goods in
S2: yeah thats what we need
S3: union would back that a hundred percent
S1: ok so we all agree barrier and one way system in goods in yeah @d_walkway
S2: yeah
S4: yes
S1: i'll order the barriers tomorrow theres a supplier we used at plant one @a_barriers
S1: and kerry i need every shift briefed on it not just days nights as well and the agency lot @a_briefing_ask
S2: yeah i can do that um give me a week with the shift pattern like
S1: can we say within five working days
S2: five working days yeah ok @a_briefing
S1: right press line tree the guarding mo
S4: so er the interlock on the rear guard on press line tree its been intermittent so sometimes you open the guard and the press doesnt stop straight away theres like a half second
S3: thats not good enough mo thats somebodys hand
S4: no i know its not it's the switch its worn i've got the part on site now
S1: when can it be done
S4: i can do it friday when the lines down for the change over @a_interlock
S1: friday great and until then
S4: until then its locked out the line isnt running on that press
S1: good um and this sort of links to something else right i found out last month one of the fitters went inside the guarding on line one without putting a lock on
S3: jesus
S1: yeah so from now on whoever it is maintenance contractors anyone if a guard comes off they sign the lock out board and put their own lock on no exceptions @d_lockout
S4: thats fair my lot wont argue with that
S3: we had that rule years ago it just sort of went
S1: well its back and its going in the minutes
S1: hearing tests paula
S5: yes so the annual hearing tests are due theyre overdue actually for about forty people on the press shop because occupational health cancelled in may
S1: can you get them rebooked @a_hearing_ask
S5: yeah i'll book them with occ health they need them done by the end of july for the insurance so i'll aim for that @a_hearing
S2: can you make sure they do nights as well last time nights got missed
S5: i'll ask them to do a night session
S6: while were on that the here defenders in the stores are knackered half of them have no foam
S1: stores got a new box of them in yesterday dean sorted that theyre in the blue bin by the door @x_defenders
S1: heat right its getting hot in the warehouse it was thirty two degrees in there on monday afternoon
S6: could we not just get air con in the warehouse its a joke in there
S1: honestly theres no way air con is happening its a massive building and theres nothing in the budget this year for it @x_aircon
S6: fans then
S1: fans maybe i'll see whats left in the normal spend
S3: what i'd like is to know how bad it actually is um how many people are feeling it
S1: stuart could you do a quick survey with the lads in the warehouse and the press shop just a few questions dizziness headaches that sort of thing @a_survey_ask
S3: yeah ill do that ill have it for the next meeting @a_survey
S1: perfect
S1: gloves so we've had four cut injuries this year all from the sheet edges and they were all wearing the standard gloves
S4: the standard ones are cut level two basically useless for sheet metal
S1: so the quote for the level five ones is about twice the price per pair so about four pound twenty
S2: twice but if it stops one stitches job its worth it
S1: right fine lets just do it switch everyone on sheet handling to the level fives @d_gloves
S5: do we need to tell the agency about the change in p p e
S1: yeah good point um ill tell them myself when i do the order @a_agency
S3: whats the situation if the h s e come in about the near misses would we be in trouble
S1: well if they came in tomorrow id show them what we're doing about it which is why i want it all done but theyre not coming as far as i know @x_hse
S1: fire drill that was done last tuesday all out in four minutes twenty so thats fine nothing to do @x_drill
S2: apart from the bloke who went back for his phone
S1: apart from him yeah kerry can you have a word
S2: already did @x_word
S1: ok anything else any other business
S6: the break room microwave
S1: thats not a safety committee thing dave its facilities
S6: it is when it sparks
S1: its still facilities dave right next meeting
S5: its normally four weeks so er wednesday the twenty second of july @nm0
S1: twenty second of july two oclock same place @nm
S3: yep
S1: cheers everyone
'''
DECISIONS=[
 {"text":"Install barriers along the walkway and introduce a one-way system for forklift trucks in goods in.","ev":["d_walkway"]},
 {"text":"From now on anyone removing a guard must sign the lockout board and fit their own lock, with no exceptions.","ev":["d_lockout"]},
 {"text":"Switch all sheet-handling staff to cut level 5 gloves.","ev":["d_gloves"]},
]
ACTIONS=[
 {"task":"Order the walkway barriers for goods in","owner":"Gary Hollis","due_rule":"tomorrow","due_text":"tomorrow","deliverable":"Barrier order","ev":["a_barriers"]},
 {"task":"Brief every shift, including nights and agency staff, on the new goods-in walkway and one-way system","owner":"Kerry Dunn","due_rule":"workdays:5","due_text":"within five working days","deliverable":"Shift briefings","ev":["a_briefing_ask","a_briefing"]},
 {"task":"Replace the worn interlock switch on the press line 3 rear guard","owner":"Mohammed Iqbal","due_rule":"this:fri","due_text":"friday","deliverable":"Repaired guard interlock","ev":["a_interlock"]},
 {"task":"Tell the agency about the change to cut level 5 gloves when placing the glove order","owner":"Gary Hollis","due_rule":None,"due_text":None,"deliverable":None,"ev":["a_agency"]},
 {"task":"Rebook the overdue hearing tests with occupational health, including a night session","owner":"Paula Grant","due_rule":"md:07-31","due_text":"by the end of july","deliverable":"Hearing test bookings","ev":["a_hearing_ask","a_hearing"]},
 {"task":"Run a heat survey of warehouse and press shop staff","owner":"Stuart Reid","due_rule":"next_meeting","due_text":"for the next meeting","deliverable":"Heat survey results","ev":["a_survey_ask","a_survey"]},
]
NEXT={"date_rule":"iso:2026-07-22","time":"14:00","ev":["nm0","nm"],"text":"Health and safety committee, same place"}
NOT_ACTIONS=[
 {"ev":["x_aircon"],"why":"Air conditioning for the warehouse refused, no budget","kind":"rejected"},
 {"ev":["x_hse"],"why":"Hypothetical HSE visit","kind":"hypothetical"},
 {"ev":["x_drill"],"why":"Fire drill already done last Tuesday","kind":"completed"},
 {"ev":["x_word"],"why":"Kerry already spoke to the worker who went back for his phone","kind":"completed"},
 {"ev":["x_defenders"],"why":"New ear defenders already delivered to stores","kind":"completed"},
]
EXTRA={"note":"Raw ASR style: lower case, no punctuation, fillers. Recognition errors: 'near mist' = near miss, 'four clift' = forklift, 'press line tree' = press line three, 'here defenders' = ear defenders, 'p p e' = PPE, 'h s e' = HSE. S6 is an unidentified voice (addressed once as 'dave', not on the roster). Dean Walsh is on the roster but not identified as a speaker."}
