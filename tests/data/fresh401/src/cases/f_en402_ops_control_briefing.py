STEM='f_en402_ops_control_briefing'
LANG='en'
MEETING={"title":"Network Operations Control – morning shift briefing","date":"2026-03-16","start":"05:45","end":"06:05",
 "location":"OCC briefing room","host":"Rachel Ng","recorder":"Owen Price",
 "attendees":[{"name":"Rachel Ng","department":"Operations Control","title":"Duty Operations Manager"},
  {"name":"Owen Price","department":"Operations Control","title":"Duty Controller"},
  {"name":"Sunil Rao","department":"Maintenance Control","title":"Maintenance Controller"},
  {"name":"Bernadette Walsh","department":"Crew Control","title":"Crew Controller"},
  {"name":"Lukas Becker","department":"Flight Dispatch","title":"Senior Dispatcher"}],
 "agenda":["Overnight","Fleet status","Crew","Weather","Handover items"],
 "consent":{"confirmed":True,"method":"Briefings are routinely recorded; announced at start","by":"Owen Price"}}
SPEAKERS={"S1":"Rachel Ng","S2":"Owen Price","S3":"Sunil Rao","S4":"Bernadette Walsh","S5":"Lukas Becker"}
LINES='''
S1: Morning. Quick one, we've got a busy bank at seven. Owen, overnight.
S2: Quiet-ish. Two diversions, both weather, both back. The Faro went to Seville and came back at two. Fifty-two minute delay on the first Manchester because of it.
S1: Passengers on the Faro?
S2: Customer services did hotels for eleven misconnects. That's closed. @done_hotels
S1: Fleet. Sunil.
S3: Echo Kilo Lima is AOG in Glasgow, hydraulic leak on the number two system. Engineers are on it, part's coming up from Bristol on the road, ETA around ten.
S1: So she's out for the morning wave.
S3: Out until at least lunchtime, I'd plan on the fourteen hundred rotation.
S1: Okay. Then we swap. Lukas, put Echo Kilo Papa on the Glasgow rotation, and cancel the seven-ten Glasgow–Stansted and the return. Not enough aircraft to cover both. @d_swap
S5: Cancel both sectors?
S1: Both. Better to cancel one round trip now than to delay six sectors all day. @d_swap2
S5: Okay. I'll get the new plan into the system by six-fifteen. @a_plan
S1: Bernadette, crews for that.
S4: The Glasgow crew on the seven-ten will be stood down, that's fine, they'll go standby. Bigger problem is the Dublin tonight. Captain went sick, I haven't got a cover yet.
S1: What time's the Dublin?
S4: Nineteen forty.
S1: Keep looking. If you've got nothing by midday, tell me and we'll talk about wet-leasing or cancelling. @crew_hyp
S4: Will do.
S1: Weather. Lukas.
S5: Fog forecast for Amsterdam this morning, low visibility procedures probably till nine. Expect slot delays. Thunderstorms this afternoon across southern Spain.
S1: Do we add fuel for the Spanish afternoon flights?
S5: I'd put an extra fifteen minutes on Malaga and Alicante from one o'clock.
S1: Fine, do it. @d_fuel
S5: I'll brief the dispatchers. @a_fuel
S2: Just to say, the Amsterdam slots, the first one's already got a plus forty.
S1: Customers on that one?
S2: Text message's gone. @done_text
S1: Handover items. Anything left from yesterday?
S2: The ECAM message on Kilo Mike. It's deferred, MEL item, expires tomorrow.
S3: I'll chase Stansted engineering to get that cleared tonight when she's on the ground. I'll update you at the end of the shift. @a_mel
S1: Thank you. Also, somebody needs to look at why the crew app went down on Saturday. It's the second time this month. @app1
S4: That's an IT thing.
S1: I know it's an IT thing. Owen, can you raise a ticket with IT and copy me? Today, please. @a_ticket
S2: Yep.
S1: Okay. One more thing from me. The station managers' call is moving from Wednesday to Thursday this week. Same time, ten. @nm_not
S1: Right. Next briefing is the handover at seventeen forty-five. Go. @nm
'''
DECISIONS=[
 {"text":"Echo Kilo Papa takes the Glasgow rotation in place of AOG Echo Kilo Lima; the 07:10 Glasgow–Stansted and its return are cancelled.","ev":["d_swap","d_swap2"]},
 {"text":"Add an extra fifteen minutes' fuel on Malaga and Alicante flights from 13:00 because of thunderstorms.","ev":["d_fuel"]},
]
ACTIONS=[
 {"task":"Enter the revised plan (EKP on the Glasgow rotation, 07:10 Glasgow–Stansted and return cancelled) into the system","owner":"Lukas Becker","due_rule":"today","due_text":"by six-fifteen","deliverable":"Revised flight plan","ev":["a_plan"]},
 {"task":"Brief the dispatchers on the extra fifteen minutes' fuel for Malaga and Alicante","owner":"Lukas Becker","due_rule":"today","due_text":"from one o'clock","deliverable":None,"ev":["a_fuel"]},
 {"task":"Chase Stansted engineering to clear the deferred ECAM/MEL item on Kilo Mike tonight, and update Rachel at the end of the shift","owner":"Sunil Rao","due_rule":"today","due_text":"tonight / end of the shift","deliverable":None,"ev":["a_mel"]},
 {"task":"Raise a ticket with IT about the crew app outage on Saturday, copying Rachel","owner":"Owen Price","due_rule":"today","due_text":"today","deliverable":"IT ticket","ev":["app1","a_ticket"]},
 {"task":"Find a replacement captain for the 19:40 Dublin","owner":"Bernadette Walsh","due_rule":"today","due_text":"keep looking; report by midday if none","deliverable":None,"ev":["crew_hyp"],"note":"The escalation at midday is conditional; the task itself is finding cover today"},
]
NEXT={"date_rule":"today","time":"17:45","ev":["nm"],"text":"Evening handover briefing at 17:45"}
NOT_ACTIONS=[
 {"ev":["done_hotels"],"why":"Hotels for Faro misconnects already arranged and closed","kind":"completed"},
 {"ev":["done_text"],"why":"Delay text message already sent","kind":"completed"},
 {"ev":["nm_not"],"why":"Station managers' call moved to Thursday – another meeting, not this one's next meeting","kind":"event"},
]
EXTRA={"note":"Next meeting is the same-day evening handover briefing."}
