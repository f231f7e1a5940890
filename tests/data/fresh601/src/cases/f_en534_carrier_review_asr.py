STEM='f_en534_carrier_review_asr'
LANG='en'
MEETING={"title":"Ridgeline Transport - January Carrier Performance Review","date":"2026-02-11","start":"14:00","end":"14:45",
 "location":"Teams call",
 "host":"Dana Whitfield","recorder":"Jorge Ramirez",
 "attendees":[
  {"name":"Dana Whitfield","department":"Transportation","title":"Carrier Relations Manager"},
  {"name":"Jorge Ramirez","department":"Procurement","title":"Sourcing Analyst"},
  {"name":"Wei Ling Koh","department":"APAC Operations","title":"Regional Operations Lead"},
  {"name":"Kevin Brandt","department":"Ridgeline Transport","title":"Account Manager"},
  {"name":"Tasha Monroe","department":"Customer Service","title":"Customer Service Supervisor"}],
 "agenda":["January scorecard","Memphis to Atlanta lane","Detention claims","Long Beach drayage","Next steps"],
 "consent":{"confirmed":True,"method":"Teams recording notice; host asked all participants at the start","by":"Dana Whitfield"}}
SPEAKERS={"S1":"Dana Whitfield","S2":"Jorge Ramirez","S3":"Wei Ling Koh","S4":"Kevin Brandt","S5":"Tasha Monroe","S6":None}
LINES='''
S1: okay i think we have everybody um kevin can you hear us
S4: yeah loud and clear hi everyone
S1: great so just so everyone knows this is being recorded for the notes jorge is taking them is everybody okay with that
S3: yes okay no problem
S5: yep
S6: hi sorry is this the ops sync for the ontario building
S1: uh no this is the ridgeline carrier review i think you want the two thirty
S6: oh my bad sorry bye @x_wrongcall
S1: okay so um january score card jorge do you wanna walk us through it
S2: sure so overall on time delivery for ridgeline in january was eighty six percent against the ninety five target um tinder acceptance was eighty eight which is down from ninety four in december
S2: and the big one is memphis to atlanta that lane was seventy eight percent on time which is the lowest of any lane we have with any carrier right now
S4: yeah i i wont argue with the numbers we had a rough january we had the ice storm the week of the twenty sixth and we were short like twelve drivers out of memphis
S1: right and i get the weather piece but december was also below target on that lane so its not just the storm
S4: thats fair
S5: and from the customer side i mean i had three escalations from the atlanta grocery account alone in january they had a promo and the fright showed up a day late twice
S1: okay so heres where i am kevin um were going to put ridgeline on a thirty day performance improvement plan with weekly on time reporting and we do a formal review at the end of march @d_pip
S4: understood um yeah we can work with that
S1: and for the pip i need a route cause analysis from you on the memphis lane what actually happened driver count dispatch whatever it is can you get me that by friday @a_rca
S4: by friday yeah i can do that @a_rca2
S2: ill send kevin the full january score card with oh tiff broken out by lane so hes working off the same numbers as us i can get that out tomorrow morning @a_scorecard
S4: perfect thanks jorge
S1: and tasha can you pull together the customer complaints with the po numbers so kevin can tie them to loads @a_compl0
S5: yeah um by end of day monday oh wait monday is presidents day were closed so tuesday @a_complaints
S1: tuesday works @a_compl2
S1: okay the lane itself so jorge and i talked about this we can either move the whole memphis atlanta lane to tristate for march or we split it
S2: tri state said they can take maybe sixty percent of the volume they dont have capacity for all of it anyway
S4: i mean i would obviously prefer you dont move any of it
S1: i hear you but i cant keep going to the grocery account with seventy eight percent so we split it fifty fifty ridgeline and tristate for march and then we look at it again at the review @d_split
S2: okay then ill let tristate know about the volume before the first of march @a_tristate
S1: yeah please
S4: and and just so im clear if we hit the targets in march the volume comes back
S1: if you hit the numbers thats the conversation yeah and if you dont hit them honestly we would probably end up moving the whole lane @x_movelane
S4: got it
S1: okay next um the tension claims so we had a lot of detention invoices come in on january loads and some of them were from like october
S4: yeah our billing team was catching up on a backlog
S2: we cant really audit a detention claim from october the gate logs at the dc only go back sixty days
S1: so going forward and this is for all our carriers not just ridgeline detention claims have to come in within seven days of delivery with the signed in and out times or we wont pay them and that starts march first @d_detention
S4: seven days okay ill let our billing people know @a_billing
S4: oh one more on billing did the january accessory all invoice get paid the one for the lumper fees
S2: um yeah that was paid last week i saw it go through on the fourth @x_paid
S4: great thanks
S4: and while we have everyone i wanted to bring up the fuel surcharge table its still on the twenty twenty four schedule and diesel has
S1: kevin im gonna stop you there thats a rates conversation it goes into the april rate review not this call @x_fuel
S4: fair enough ill hold it
S1: okay way ling long beach drayage
S3: yes so for us the drayage from long beach to ontario actually okay lah most of the containers pulled within two days but the problem is when the vessel come in early ridgeline dont have chassis so the box sit at the port and we get the merge
S4: yeah the chassis thing is a pool issue its not just us
S3: i understand but if we give you the vessel etas earlier can you book the chassis in advance
S4: yeah if i have two weeks visibility i can pre book for sure
S3: okay then i will send you the etas for the next two weeks vessels by thursday my time can @a_etas
S4: thursday your time works
S5: could we also maybe um give the customers some kind of tracking portal so they stop calling us for every load
S1: thats kind of a separate conversation tasha lets not get into that today @x_portal
S5: sure
S1: okay and ill put the pip itself in writing the targets the weekly reporting the review date and send that over to you kevin by next wednesday @a_pipdoc
S4: sounds good
S1: alright um so the formal review is end of march i dont have a date yet ill send an invite once i know whos available @nm
S2: okay
S1: okay thanks everyone thanks kevin
S4: thanks all talk soon
'''
DECISIONS=[
 {"text":"Ridgeline Transport put on a 30-day performance improvement plan with weekly on-time reporting and a formal review at the end of March","ev":["d_pip"]},
 {"text":"Memphis to Atlanta lane split fifty-fifty between Ridgeline and Tristate for March, to be looked at again at the review","ev":["d_split"]},
 {"text":"From 1 March, for all carriers, detention claims must be submitted within seven days of delivery with signed in and out times or they will not be paid","ev":["d_detention"]},
]
ACTIONS=[
 {"task":"Provide a root cause analysis of the late deliveries on the Memphis to Atlanta lane","owner":"Kevin Brandt","due_rule":"this:fri","due_text":"by friday","deliverable":"Root cause analysis","ev":["a_rca","a_rca2"]},
 {"task":"Send Ridgeline the full January scorecard with OTIF broken out by lane","owner":"Jorge Ramirez","due_rule":"tomorrow","due_text":"tomorrow morning","deliverable":"January scorecard","ev":["a_scorecard"]},
 {"task":"Compile the January customer complaints with PO numbers for Ridgeline","owner":"Tasha Monroe","due_rule":"next:tue","due_text":"end of day monday - presidents day - so tuesday","deliverable":"Complaints list with PO numbers","ev":["a_compl0","a_complaints","a_compl2"]},
 {"task":"Inform Tristate of the March volume on the Memphis to Atlanta lane","owner":"Jorge Ramirez","due_rule":"eve:03-01","due_text":"before the first of march","deliverable":None,"ev":["a_tristate"]},
 {"task":"Tell Ridgeline's billing team about the seven-day rule for detention claims","owner":"Kevin Brandt","due_rule":None,"due_text":None,"deliverable":None,"ev":["a_billing"]},
 {"task":"Send Ridgeline the vessel ETAs for the next two weeks so chassis can be pre-booked","owner":"Wei Ling Koh","due_rule":"this:thu","due_text":"by thursday my time","deliverable":"Vessel ETA list","ev":["a_etas"]},
 {"task":"Put the performance improvement plan in writing (targets, weekly reporting, review date) and send it to Ridgeline","owner":"Dana Whitfield","due_rule":"next:wed","due_text":"by next wednesday","deliverable":"Performance improvement plan document","ev":["a_pipdoc"]},
]
NEXT={"date_rule":None,"time":None,"ev":["nm"],"text":"Formal PIP review at the end of March; date to be set by invite"}
NOT_ACTIONS=[
 {"ev":["x_wrongcall"],"why":"Unknown caller joined the wrong call","kind":"off_topic"},
 {"ev":["x_movelane"],"why":"Moving the whole lane only if targets are missed","kind":"hypothetical"},
 {"ev":["x_paid"],"why":"January accessorial invoice already paid","kind":"completed"},
 {"ev":["x_fuel"],"why":"Fuel surcharge table deferred to the April rate review","kind":"deferred"},
 {"ev":["x_portal"],"why":"Customer tracking portal idea not taken up","kind":"off_topic"},
]
EXTRA={"note":"Raw ASR style: lower case, no punctuation, fillers. Homophone errors: 'tinder acceptance' = tender acceptance, 'fright' = freight, 'route cause' = root cause, 'oh tiff' = OTIF, 'the tension claims' = detention claims, 'accessory all' = accessorial, 'the merge' = demurrage, 'way ling' = Wei Ling, 'tri state' = Tristate. Monday 16 February 2026 is Presidents' Day, so the complaints list moves to Tuesday 17 February. Next meeting date not set ('end of March', invite to follow)."}
