STEM='f_en411_union_branch'
LANG='en'
MEETING={"title":"Unison Clydebank Local Government Branch – branch meeting","date":"2026-10-29","start":"17:30","end":"18:40",
 "location":"Clydebank Town Hall, Committee Room 2","host":"Moira Kennedy","recorder":"Stuart Lennox",
 "attendees":[{"name":"Moira Kennedy","department":"Branch Committee","title":"Branch Chair"},
  {"name":"Stuart Lennox","department":"Branch Committee","title":"Branch Secretary"},
  {"name":"Chidi Okonkwo","department":"Branch Committee","title":"Health and Safety Officer"},
  {"name":"Ewan Fraser","department":"Members","title":"Steward, Cleansing"},
  {"name":"Lorraine McBride","department":"Members","title":"Steward, Social Work"},
  {"name":"Paula Reid","department":"Branch Committee","title":"Treasurer"}],
 "agenda":["Pay offer consultation","Cleansing depot heat","Social work caseloads","Delegates to conference","Donations"],
 "consent":{"confirmed":True,"method":"Chair asked; members agreed, recording for the minutes only","by":"Stuart Lennox"}}
SPEAKERS={"S1":"Moira Kennedy","S2":"Stuart Lennox","S3":"Chidi Okonkwo","S4":"Ewan Fraser","S5":"Lorraine McBride","S6":"Paula Reid"}
LINES='''
S1: Right, comrades, it's half five, let's get going. There's tea at the back, the biscuits are Paula's, so be grateful.
S6: They're from Lidl. Don't get excited.
S1: Stuart, the pay offer.
S2: Aye. So, the employers have put a revised offer on the table. Three point two percent from April, and a one-off payment of five hundred for those on the lowest three spinal points. The Scottish committee's recommending we consult members, with no recommendation either way.
S4: Three point two's a joke. My lads on the bins had a real terms cut for three years running.
S2: I'm not saying it's good, Ewan. I'm saying what's on the table.
S5: The one-off payment doesn't go into the pay, does it? So next year it's gone.
S2: Correct, it's non-consolidated.
S4: So it's three point two. That's what it is.
S1: So the question for us is, do we as a branch put out a recommendation to reject, or do we go neutral like the Scottish committee?
S5: I'd move that the branch recommends rejection.
S4: Seconded.
S1: Any speakers against? ... Paula.
S6: Not against, I just want to say, if we recommend rejection, people need to understand that the next step could be an industrial action ballot. We need to be honest with them about that.
S1: That's fair. Put to the vote. The motion is the branch recommends members reject the offer. For? ... Against? ... Carried, I make that fourteen to two. @d_reject
S2: I'll put the recommendation and the online ballot link out to all members tomorrow. The consultation closes on the twentieth of November. @a_ballot
S1: And stewards, we need everyone talking to their members, especially the part-timers who don't read emails. Every steward, in every workplace. @a_stewards
S4: We'll do gate meetings at the depot. I'll do them, next week, before the early shift goes out. @a_gate
S1: Good. Depot heat. Chidi.
S3: Yes. So, in Dalmuir depot, the heating in the mess room has been broken since the start of October. Members are taking their breaks in the vans with the engine running. That is not acceptable, it is a health and safety issue, and it is also a fuel cost for the council.
S4: It's Baltic in there. Honestly.
S3: I raised it with the facilities manager on the eighth. He said a contractor would come. Nobody came.
S1: What do you want to do?
S3: I want to put in a formal health and safety complaint under the safety committee procedure. That forces a response within fourteen days.
S1: Do it. Anyone against? No. @d_hs
S3: I will send it on Monday. @a_hs
S2: Send it Friday, Chidi, not Monday. The safety committee meets on the sixth and it needs to be in a week before to go on their agenda.
S3: Friday then. Tomorrow. Okay. @a_hs2
S1: Social work. Lorraine.
S5: So caseloads in the children and families team are at about twenty-six per worker. The guidance is eighteen. We've got four vacancies and two people off with stress. I've had three members in tears in the last fortnight.
S1: Jesus.
S5: I'd like the branch to request a meeting with the head of service. And I'd like us to do a stress survey, the HSE one, so we've got proper evidence.
S1: Both sound sensible. Stuart, can you request the meeting?
S2: I'll write to the head of service this week. @a_hos
S5: I'll run the survey. I'll have it out by the middle of next month, and results in December. @a_survey
S1: Lorraine, make sure it goes to the agency staff as well.
S5: They're not members.
S1: No, but they're in the same office, they'll tell you the same thing.
S5: Fair point. Okay.
S1: Conference delegates. We're entitled to four for the Scottish local government conference in February. Nominations closed. We got three. Me, Lorraine and Ewan.
S4: Chidi, you should go.
S3: I can't, I'm sorry, February I have my daughter's surgery. @del_decl
S1: Then we go with three and Stuart will register us. Any objections? ... No. @d_delegates
S2: I'll register the three of us, well the three of you, before the deadline. When is it, the fifteenth of December I think. @a_register
S1: Donations. Paula.
S6: We've had a request from the Clydebank foodbank for five hundred pounds, and from the Glasgow bus drivers' strike fund.
S1: Foodbank, I'd just say yes.
S6: We've got it in the budget.
S1: Five hundred to the foodbank then. @d_food
S6: And the strike fund, they're asking for two fifty.
S5: We gave them two fifty in August.
S6: We did.
S1: I think let's hold that one till we see if they're still out in December. @strike_park
S6: Fine. I'll send the foodbank the cheque this week. Actually, it's a bank transfer now, I did that this morning, I'd assumed we'd agree. @done_food
S1: Cheeky. Fine. Anything else?
S4: Can someone find out if the council's going to grit the depot yard this winter? Last year three of my guys fell. @grit1
S3: That's for the safety complaint, I'll add it in. @grit2
S1: Good. Right, next branch meeting, last Thursday in November, the twenty-sixth, same time. Thanks everyone. @nm
'''
DECISIONS=[
 {"text":"The branch recommends that members reject the revised pay offer (vote 14 to 2).","ev":["d_reject"]},
 {"text":"The branch lodges a formal health and safety complaint about the broken mess room heating at Dalmuir depot.","ev":["d_hs"]},
 {"text":"The branch sends three delegates to the Scottish local government conference: Moira Kennedy, Lorraine McBride and Ewan Fraser.","ev":["d_delegates"]},
 {"text":"Donate GBP 500 to Clydebank foodbank.","ev":["d_food"]},
]
ACTIONS=[
 {"task":"Send all members the branch's reject recommendation and the online ballot link","owner":"Stuart Lennox","due_rule":"tomorrow","due_text":"tomorrow","deliverable":"Members' mailing","ev":["a_ballot"]},
 {"task":"Talk to members in every workplace about the pay offer, especially part-timers","owner":None,"department":"Stewards","due_rule":None,"due_text":None,"deliverable":None,"ev":["a_stewards"],"note":"Group duty of all stewards; no deadline stated (consultation closes 20 November)"},
 {"task":"Hold gate meetings on the pay offer at the depot","owner":"Ewan Fraser","due_rule":"next:sun","due_text":"next week","deliverable":None,"ev":["a_gate"]},
 {"task":"Submit a formal health and safety complaint about the Dalmuir mess room heating (add the depot yard gritting)","owner":"Chidi Okonkwo","due_rule":"tomorrow","due_text":"Monday – send it Friday – Friday then, tomorrow","deliverable":"Formal H&S complaint","ev":["a_hs","a_hs2","grit2"]},
 {"task":"Write to the head of service requesting a meeting about children and families caseloads","owner":"Stuart Lennox","due_rule":"week_end","due_text":"this week","deliverable":"Letter","ev":["a_hos"]},
 {"task":"Run the HSE stress survey in social work, including agency staff","owner":"Lorraine McBride","due_rule":None,"due_text":"out by the middle of next month; results in December","deliverable":"Stress survey","ev":["a_survey"],"note":"'Middle of next month' is vague"},
 {"task":"Register the three conference delegates","owner":"Stuart Lennox","due_rule":"md:12-15","due_text":"before the deadline, the fifteenth of December I think","deliverable":None,"ev":["a_register"]},
]
NEXT={"date_rule":"md:11-26","time":"17:30","ev":["nm"],"text":"Last Thursday in November, same time"}
NOT_ACTIONS=[
 {"ev":["del_decl"],"why":"Chidi declined to be a conference delegate","kind":"declined"},
 {"ev":["strike_park"],"why":"Donation to the bus drivers' strike fund held until December","kind":"deferred"},
 {"ev":["done_food"],"why":"Foodbank transfer already made that morning","kind":"completed"},
 {"ev":["grit1"],"why":"Request to 'someone'; folded into Chidi's safety complaint","kind":"group"},
]
EXTRA={"note":"Chidi offers Monday; the secretary asks for Friday (tomorrow) for the safety committee agenda."}
