STEM='f_en305_restaurant_staff_asr'
LANG='en'
MEETING={"title":"Bellini's – staff meeting before dinner service","date":"2026-04-22","start":"15:00","end":"15:40",
 "location":"Restaurant dining room","host":"Marco Bellini","recorder":"Keisha Brown",
 "attendees":[{"name":"Marco Bellini","department":"Management","title":"Owner and Head Chef"},
  {"name":"Keisha Brown","department":"Front of House","title":"Front of House Manager"},
  {"name":"Danny Lee","department":"Kitchen","title":"Sous Chef"},
  {"name":"Fatima Rossi","department":"Front of House","title":"Senior Server"},
  {"name":"Jakub Kowalski","department":"Kitchen","title":"Kitchen Porter"}],
 "agenda":["Spring menu","Inspection follow-up","Tips","Rota and opening days"],
 "consent":{"confirmed":True,"method":"Phone voice memo, everyone said okay","by":"Keisha Brown"}}
SPEAKERS={"S1":"Marco Bellini","S2":"Keisha Brown","S3":"Danny Lee","S4":"Fatima Rossi","S5":"Jakub Kowalski"}
LINES='''
S1: okay okay everybody sit um phones down please fatima yes you thank you
S4: i'm setting a timer for the for the lamb
S1: fine ok so quick one we got service at five thirty um three things the menu the the inspection and the tips thing which i know everyone wants to talk about
S3: mostly the tips
S1: yes mostly the tips ok menu first so spring menu goes live on the first of may friday the first
S3: so we're keeping the the risotto or no
S1: we keep the risotto we lose the duck the duck's not selling and it's um it's expensive to to keep in @d_menu
S2: people do ask for the duck though like regulars
S1: regulars ask for the duck once a month keisha i'm buying duck every week for three covers
S2: fair enough
S1: so the new dishes the asparagus the lamb rump the um the crab linguini and the rhubarb thing for dessert danny you're doing the the specs
S3: yeah i'll do the recipe cards with the weights and the plating photos um by thursday @a_specs
S1: thursday next week
S3: no this thursday tomorrow's thursday no wait today's wednesday yeah tomorrow thursday @a_specs2
S1: ok even better
S2: and the allergens we need the allergy and matrix updated before it goes live otherwise we we can't sell it legally basically
S1: danny can you can you do the allergens as well @r_allerg
S3: honestly no i'm doing the cards and the ordering i can't do both
S2: i'll do it i'll i'll take the matrix off danny's cards once he's done them and have it done by the thirtieth @a_allerg
S1: great thank you keisha
S4: are we doing a staff tasting
S1: yes yes tasting next tuesday um before service four o'clock everyone comes even jakub @a_taste
S5: i'm always here anyway
S1: ok inspection so the guy from the council came last week we got a four which is fine but he he didn't like the fridge logs
S3: the logs are the logs were fine they were just on the on the wrong sheet
S1: they were missing three days danny three days
S3: ok yeah fair
S1: so from now on the fridge temps get written twice a day opening and closing and whoever opens the kitchen signs it no excuses @d_logs
S3: i'll put a new sheet up on the walk in today laminated with the with the columns @a_sheet
S1: and the the hand sink the one by the pass the inspector said the tap is the hot tap doesn't work
S5: i fixed that on friday it was the the valve thing i put a new one @done_tap
S1: jakub you're a legend ok
S5: it was six pounds
S1: ok tips so um right now the the tips on cards go all to front of house and cash tips is everyone right
S4: yeah
S1: and kitchen says that's not fair and honestly i agree so my proposal card tips get pooled everybody front and back by hours worked
S4: hang on hang on so if i'm working the floor six hours and i get the the big table and they leave forty quid that goes to everybody
S1: it goes to the pool yeah by hours
S4: i mean that that's a big change for us like i'm gonna lose money every week
S3: and we're gonna gain money it's the same money fatima it just goes it's not disappearing
S4: it's my money danny it's the table i served
S2: ok ok can we maybe can we do like a split like seventy thirty seventy to front thirty to kitchen that's what they do at the place i worked before @tip_split
S1: seventy thirty hmm
S3: i'd take seventy thirty honestly that's more than we get now which is nothing
S4: seventy thirty i can live with
S1: ok so seventy thirty from the first of may same day as the menu card tips seventy percent front of house thirty percent kitchen by hours @d_tips
S5: does kitchen include me
S1: yes jakub kitchen includes you
S5: nice
S2: i'll i'll need to change it in the payroll thing the tronk sheet i'll sort that out before the first @a_tronc
S1: and i'll write it up so everyone has it on paper um i'll put it in the group chat tonight @a_writeup
S1: last thing rota so i was gonna close mondays from may we're dead on mondays
S2: you said that in march
S1: i said that in march and i'm saying it again closed mondays from may @d_mon0
S3: but the bank holiday monday the fourth we we did a hundred and ten covers last bank holiday
S1: hmm that's true ok ok not closed on bank holidays um let me think actually let's not decide the mondays today i want to see the the numbers for april first @mon_park
S2: so we're open mondays for now
S1: open mondays for now yes nothing changes i'll look at april and we talk about it next time @mon_park2
S4: and the rota for may when's that coming
S2: i'll have the may rota out on friday @a_rota
S4: this friday
S2: this friday yeah
S1: ok also um someone should really sort out the the dry store it's a disaster @dry1
S3: it's always a disaster
S1: it's always a disaster yeah whatever ok we'll do it sunday after lunch all together one hour @dry2
S5: can i not on sunday i have my daughter
S1: fine jakub not you the rest of us
S1: ok that's it um same time in two weeks after we've had the new menu running ok go go it's quarter past five @nm
S4: my lamb
'''
DECISIONS=[
 {"text":"The spring menu goes live on Friday 1 May; the risotto stays and the duck comes off.","ev":["d_menu"]},
 {"text":"Fridge temperatures are logged twice a day (opening and closing), signed by whoever opens the kitchen.","ev":["d_logs"]},
 {"text":"From 1 May card tips are pooled 70% front of house and 30% kitchen (including the kitchen porter), by hours worked.","ev":["tip_split","d_tips"]},
]
ACTIONS=[
 {"task":"Write the recipe cards for the new spring dishes (weights and plating photos)","owner":"Danny Lee","due_rule":"tomorrow","due_text":"by thursday -> tomorrow thursday","deliverable":"Recipe cards","ev":["a_specs","a_specs2"]},
 {"task":"Update the allergen matrix for the spring menu","owner":"Keisha Brown","due_rule":"md:04-30","due_text":"by the thirtieth","deliverable":"Updated allergen matrix","ev":["a_allerg"],"note":"Danny was asked and declined; Keisha volunteered"},
 {"task":"Put up a new laminated fridge temperature sheet in the walk-in","owner":"Danny Lee","due_rule":"today","due_text":"today","deliverable":"Fridge log sheet","ev":["a_sheet"]},
 {"task":"Change the tronc / payroll sheet to the 70/30 tip split","owner":"Keisha Brown","due_rule":"eve:05-01","due_text":"before the first","deliverable":None,"ev":["a_tronc"],"note":"'before the first' read as by 30 April"},
 {"task":"Write up the new tip arrangement and post it in the staff group chat","owner":"Marco Bellini","due_rule":"today","due_text":"tonight","deliverable":"Written tip policy","ev":["a_writeup"]},
 {"task":"Publish the May rota","owner":"Keisha Brown","due_rule":"this:fri","due_text":"this friday","deliverable":"May rota","ev":["a_rota"]},
 {"task":"Look at the April Monday figures before the Monday closure is discussed again","owner":"Marco Bellini","due_rule":"next_meeting","due_text":"we talk about it next time","deliverable":None,"ev":["mon_park2"]},
]
NEXT={"date_rule":"days:14","time":"15:00","ev":["nm"],"text":"Same time in two weeks, after the new menu has been running"}
NOT_ACTIONS=[
 {"ev":["r_allerg"],"why":"Allergen matrix asked of Danny; declined","kind":"declined"},
 {"ev":["a_taste"],"why":"Staff tasting next Tuesday 16:00 is an event for everyone, not a task with an owner","kind":"event"},
 {"ev":["done_tap"],"why":"Hand-sink tap already fixed","kind":"completed"},
 {"ev":["d_mon0"],"why":"Closing on Mondays from May announced, then withdrawn in the same discussion","kind":"reversed","target":"decision"},
 {"ev":["mon_park"],"why":"Monday closure parked until the April numbers are in; open Mondays as now","kind":"deferred"},
 {"ev":["dry1","dry2"],"why":"Dry store clear-out: a group job on Sunday, no single owner","kind":"group"},
]
EXTRA={"note":"Raw speech recognition: lower case, no punctuation, fillers and repetitions ('the the'); 'tronk' = tronc, 'allergy and matrix' = allergen matrix. The Monday closure is announced and then reversed ('let's not decide the mondays today'). The tasting and dry-store clear-out are whole-team events, not owned tasks."}
