STEM='f_en405_site_progress_asr'
LANG='en'
MEETING={"title":"Canal Street student housing – weekly site progress meeting","date":"2026-06-03","start":"07:30","end":"08:25",
 "location":"Site welfare cabin, Canal Street","host":"Gary Holt","recorder":"Leanne Pearce",
 "attendees":[{"name":"Gary Holt","department":"Brindley Construction","title":"Site Manager"},
  {"name":"Leanne Pearce","department":"Brindley Construction","title":"Assistant Site Manager"},
  {"name":"Tomasz Wiśniewski","department":"Nowak Drylining","title":"Supervisor"},
  {"name":"Declan Byrne","department":"Byrne M&E","title":"Contracts Manager"},
  {"name":"Olivia Grant","department":"Client – Unite Living","title":"Client Representative"},
  {"name":"Raj Sethi","department":"Brindley Construction","title":"Quantity Surveyor"},
  {"name":"Kev Mulligan","department":"Brindley Construction","title":"Health and Safety Advisor"}],
 "agenda":["Safety","Programme","Drylining","M&E","Client items","Commercial"],
 "consent":{"confirmed":True,"method":"Phone on the table, everyone told at start","by":"Leanne Pearce"}}
SPEAKERS={"S1":"Gary Holt","S2":"Leanne Pearce","S3":"Tomasz Wiśniewski","S4":"Declan Byrne","S5":"Olivia Grant","S6":"Raj Sethi","S7":"Kev Mulligan"}
LINES='''
S1: right lads and and olivia morning can we get going the crane's in at half eight and i need to be out there
S5: morning
S1: kev safety first
S7: yeah so um near miss friday a pallet of of plasterboard came off the forks on level four loading bay nobody under it thank god but it it was close
S3: this is not my guys the the forklift is not my guys
S7: nobody's saying it's your guys tomasz it's the it's the tele handler driver from the hire company
S1: has he been stood down
S7: he's been stood down yeah and he's he's off site until um we get the investigation done @done_stood
S1: right when's that done
S7: i'll i'll have the report done by friday and and i'll send it round @a_report
S1: friday this friday
S7: this friday yeah
S1: good and the the loading bay edge protection
S7: that's the other thing the the edge protection on level four there's a gap where someone's taken a a panel off for the for the board delivery and not put it back
S3: ok this maybe my guys
S7: so um from today nobody removes edge protection without a permit full stop i want that in the the briefing @d_edge
S1: agreed no permit no removal that's it @d_edge2
S2: i'll put it in the tool box torque tomorrow morning and get everyone to sign the sheet @a_toolbox
S1: thanks leanne ok programme i'll be quick we are we are two weeks behind on the frame on block b because of the the steel delivery
S5: two weeks is that still two weeks or is it three now
S1: it's two we've clawed back a few days with the weekend working but it's two
S5: because um our concern is the september handover the students arrive on the on the nineteenth of september
S1: i know i know it's on my wall
S5: and we need block a at least fully fit out and signed off by the end of august
S1: block a is on programme olivia block a is fine it's b that's the problem
S5: ok so what's what's the plan for b
S1: the plan is um we go to saturday working on b through june and july and i need the client's okay for that because the planning conditions say no saturday work after one
S6: saturdays are eight till one under the the condition we can work till one
S1: yeah so so eight till one saturdays is allowed so actually we don't need to change the condition we just just need to to pay for it
S6: that's the bit i want to talk about um the acceleration cost
S1: let's do that under commercial raj
S6: fine
S1: tomasz drylining
S3: ok so level two and three block a boarding finished level four is fifty percent we need the the m and e second fix in the risers before we close the risers and this is not done on level four
S4: it's not done because we're waiting on the fire dampers
S3: i wait one week already for this
S4: i know tomasz i know i know they're coming thursday the damp us thursday i've had it confirmed
S1: thursday definitely declan
S4: thursday they're on the wagon thursday so we'll be in the risers friday and saturday and you can close them monday @a_dampers
S3: monday ok but if monday no i must move my my guys to block b and come back later and this is extra cost
S1: understood right declan so risers on level four second fix done by saturday yeah
S4: saturday yeah
S1: and tomasz you need the the reflected ceiling plans for the corridors
S3: yes i ask for these two times
S2: i've got them i i got them from the architect yesterday i'll email them to you after this @a_rcp
S3: ok thank you
S1: m and e anything else declan
S4: yeah um the the sprinkler tank the um the commissioning we need the water company to do the the connection and they're saying um six weeks
S1: six weeks that's mid july
S4: mid july yeah and we need it for the fire strategy sign off
S5: and the fire sign off is needed for occupation
S4: correct
S1: can anyone speed up the the water company
S5: we've got a contact there through another project i can try @a_water
S1: please do olivia when can you let us know
S5: i'll let you know by next wednesday @a_water2
S1: great
S4: the other thing is the um the heat pumps for block b we we've had a price increase from the supplier eight percent
S6: eight percent on the heat pumps
S4: on the heat pumps that's um about twenty two grand
S6: that's not in the contract sum declan that's a fixed price
S4: it's it's in the supply chain clause
S6: i'll look at it but my first reading is no
S1: raj and declan sort that offline please i don't want it in this meeting @offline
S1: client items olivia
S5: yeah so three things um the show flat the the marketing team want the show flat in block a ready for the open day
S1: when's the open day
S5: the eleventh of july saturday
S1: ok so it has to be finished before then i mean before the eleventh
S5: ideally a week before so they can dress it
S1: a week before is tight
S5: well the fourth then
S1: ok ok fourth of july show flat flat um a zero one two fully finished @a_show
S2: i'll do the the snag list for the show flat so we know what's left @a_snag
S1: when leanne
S2: end of next week
S1: that's too late i want it this friday so the trades have two weeks of of of actual work
S2: fine friday @a_snag2
S5: second thing is the the bike store we've we've had a request from the university to double it to two hundred spaces
S1: that's a variation
S5: i know it's a variation
S6: i'll price it um if you send me the the university's request in writing @a_bike
S5: i'll send it today @a_bikereq
S6: then i'll have a price back to you um two weeks from today
S5: ok and the third thing is the the um the colour of the the brick clips on the courtyard the architect wants to change them
S1: no no no we've ordered them
S5: ordered or delivered
S1: ordered not delivered
S5: could we check if we can change the order
S1: um we could but the lead time is ten weeks on the on the other colour and that's that's after handover
S5: ok then leave it leave it as it is i'll tell the architect @d_brick
S1: thank you so we keep the the original slips @d_brick2
S5: yep
S1: commercial raj
S6: yeah so acceleration on block b saturday working for eight weeks is roughly um thirty eight thousand labour and and supervision
S5: and who pays that
S6: well the the delay was steel so it's it's our supplier's delay so um we're in discussion with them but in the meantime we need a decision because the saturdays start this saturday
S5: i can't approve thirty eight thousand here i need to take it to our investment committee @sat_cttee
S1: so what do we do about this saturday
S5: um go ahead with saturday working at your risk for now and i'll take it to committee on on the sixteenth and we'll see @d_sat
S1: at our risk ok that's fair i can live with that @d_sat2
S6: i'll put the the acceleration cost and the breakdown in a letter to olivia um before the committee @a_accel
S5: yes please before the sixteenth
S6: before the sixteenth
S1: valuation
S6: valuation eleven goes in on the on the twenty fifth as usual
S1: fine anything else anyone
S7: um the first aid kits on block b are empty someone's been helping themselves @kits
S1: kev just sort that please you don't need a meeting for that
S7: already done i restocked them yesterday @done_kits
S1: ha ok good right next meeting same time wednesday next week i've got the crane @nm
S2: seven thirty wednesday
S1: cheers all hats on
'''
DECISIONS=[
 {"text":"From today nobody removes edge protection without a permit.","ev":["d_edge","d_edge2"]},
 {"text":"Keep the original courtyard brick slips; the architect's colour change is dropped because of the ten-week lead time.","ev":["d_brick","d_brick2"]},
 {"text":"Saturday working (08:00–13:00) on block B goes ahead at the contractor's risk pending the client's investment committee on 16 June.","ev":["d_sat","d_sat2"]},
]
ACTIONS=[
 {"task":"Complete the investigation report on Friday's plasterboard near miss and circulate it","owner":"Kev Mulligan","due_rule":"this:fri","due_text":"by friday, this friday","deliverable":"Near-miss investigation report","ev":["a_report"]},
 {"task":"Include the edge protection permit rule in the toolbox talk and get everyone to sign the sheet","owner":"Leanne Pearce","due_rule":"tomorrow","due_text":"tomorrow morning","deliverable":"Signed toolbox talk sheet","ev":["a_toolbox"]},
 {"task":"Complete the M&E second fix in the level four risers, block A (fire dampers arriving Thursday)","owner":"Declan Byrne","due_rule":"this:sat","due_text":"friday and saturday; done by saturday","deliverable":None,"ev":["a_dampers"]},
 {"task":"Email Tomasz the reflected ceiling plans for the corridors","owner":"Leanne Pearce","due_rule":"today","due_text":"after this","deliverable":"Reflected ceiling plans","ev":["a_rcp"]},
 {"task":"Try the client's contact at the water company to speed up the sprinkler tank connection and report back","owner":"Olivia Grant","due_rule":"next:wed","due_text":"by next wednesday","deliverable":None,"ev":["a_water","a_water2"]},
 {"task":"Finish show flat A012 for the marketing open day","owner":"Gary Holt","due_rule":"md:07-04","due_text":"well the fourth then","deliverable":"Finished show flat","ev":["a_show"]},
 {"task":"Produce the snag list for the show flat","owner":"Leanne Pearce","due_rule":"this:fri","due_text":"end of next week – too late – this friday","deliverable":"Snag list","ev":["a_snag","a_snag2"]},
 {"task":"Send Raj the university's request to double the bike store in writing","owner":"Olivia Grant","due_rule":"today","due_text":"today","deliverable":"Written request","ev":["a_bikereq"]},
 {"task":"Price the bike store variation (200 spaces)","owner":"Raj Sethi","due_rule":"weeks:2","due_text":"two weeks from today","deliverable":"Variation price","ev":["a_bike"]},
 {"task":"Send Olivia a letter with the block B acceleration cost and breakdown","owner":"Raj Sethi","due_rule":"eve:06-16","due_text":"before the committee, before the sixteenth","deliverable":"Letter with cost breakdown","ev":["a_accel"]},
 {"task":"Take the block B acceleration cost to the investment committee","owner":"Olivia Grant","due_rule":"md:06-16","due_text":"committee on the sixteenth","deliverable":None,"ev":["sat_cttee"],"note":"Part of the conditional decision"},
]
NEXT={"date_rule":"next:wed","time":"07:30","ev":["nm"],"text":"Same time, Wednesday next week"}
NOT_ACTIONS=[
 {"ev":["done_stood"],"why":"Telehandler driver already stood down","kind":"completed"},
 {"ev":["offline"],"why":"Heat pump price increase to be sorted offline between Raj and Declan; no task or date set","kind":"deferred"},
 {"ev":["kits","done_kits"],"why":"First aid kits already restocked","kind":"completed"},
]
EXTRA={"note":"Raw ASR style. Snag list: Leanne offered end of next week, Gary turned it down and asked for this Friday. Show flat owner taken as the site manager (the contractor). Valuation on the 25th is routine, not recorded."}
