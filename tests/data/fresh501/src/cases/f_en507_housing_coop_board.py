STEM='f_en507_housing_coop_board'
LANG='en'
MEETING={"title":"Ashgrove Housing Co-operative – Board Meeting","date":"2026-01-25","start":"16:00","end":"17:50",
 "location":"Community room, Ashgrove Court, Levenshulme, Manchester",
 "host":"Janet Okoro","recorder":"Meera Pillai",
 "attendees":[
  {"name":"Janet Okoro","department":"Board","title":"Chair"},
  {"name":"Phil Sutton","department":"Board","title":"Treasurer"},
  {"name":"Meera Pillai","department":"Board","title":"Secretary"},
  {"name":"Callum Reid","department":"Maintenance Committee","title":"Maintenance Coordinator"},
  {"name":"Bridget O'Neill","department":"Membership Committee","title":"Membership Officer"},
  {"name":"Liam Turner","department":"Board","title":"Board Member"},
  {"name":"Ruth Adler","department":"Co-operatives Federation","title":"Co-operative Development Worker (adviser, non-voting)"}],
 "agenda":["Minutes and matters arising","Budget 2026/27 and rent recommendation","AGM date","Block B roof quotes",
           "Damp and mould reports","Allocations: flat 12","Rent arrears","Communal garden","AOB"],
 "consent":{"confirmed":True,"method":"Chair asked at the start; all present agreed to the recording being used for the minutes","by":"Meera Pillai"}}
SPEAKERS={"S1":"Janet Okoro","S2":"Phil Sutton","S3":"Meera Pillai","S4":"Callum Reid","S5":"Bridget O'Neill","S6":"Liam Turner","S7":"Ruth Adler"}
LINES='''
S1: Right, it's just gone four, shall we get going? Thanks for coming out on a Sunday, I know it's freezing in here. Callum's put the heater on but it takes a while.
S4: It's on, it's just rubbish.
S1: Meera's recording so she can do the minutes properly. Is everyone alright with that? Ruth?
S7: Absolutely fine.
S6: Yeah, no worries.
S1: Good. We're quorate, five directors, and Ruth's here from the Federation as our adviser, not voting. Minutes from November, everyone's had them. Any corrections?
S5: Page two, it says Bridget O'Neil with one L. It's two.
S3: Sorry, Bridget. Two Ls. Noted.
S1: With that, are we happy to approve them? Good. Matters arising. The bike store lock.
S4: Done. New lock went on before Christmas, everyone who's on the list has got a key. If you haven't, come and see me. @x_bike
S1: Lovely. Right. The big one. Budget and rent. Phil.
S2: Okay. So, I've circulated the draft budget. The headline is that our building insurance has gone up eighteen percent. Eighteen. And on top of that we've got the Block B roof, which we'll come to, and the sinking fund is lower than I'd like it after the lift repair last year.
S2: So my proposal is that the board recommends a five percent rent increase to the AGM, from April. @x_5pct
S6: Five percent's a lot, Phil. I reckon there's people in Block A who are really struggling. Mrs Haddad's on her own now, and the Kowalczyks have had their hours cut.
S2: I know. I don't like it either. But if we don't put the rents up the sinking fund goes under fifty thousand, and that's below what the Federation recommends.
S7: That's right. Our guidance is that you keep at least six months of planned maintenance in reserve, and you'd be under that.
S6: Could we do four? And take a bit less into the sinking fund this year?
S2: Four leaves us about eleven thousand short.
S5: What about four and a half? Split the difference.
S2: Four and a half... that's about five and a half thousand short. I could live with that if we delay the communal hallway decorating by a year.
S1: Nobody's going to riot over the hallways.
S6: I'd still rather four, but I'm not going to die on that hill.
S1: Okay, let's vote on it. The proposal, as amended, is that the board recommends a four and a half percent rent increase to the AGM, effective April. Hands up if you're in favour. @d_rent0
S1: Four. And against?
S6: Me. Sorry, Phil, nothing personal.
S2: None taken.
S1: Four for, one against. So that's carried, four and a half percent goes to the AGM as our recommendation. @d_rent
S3: Can I just check, did you vote, Janet?
S1: I did, I'm one of the four. Callum, you didn't put your hand up.
S4: I'm not a director, am I? I'm on the maintenance committee.
S1: Oh, of course. Sorry. So it's four for, one against, Meera.
S3: Got it.
S1: Now, the AGM. We need a date before Phil can do anything with the budget.
S3: The community room's free on the seventh of March and the fourteenth. Both Saturdays.
S5: The seventh is the school's Saturday fair, half the families will be there.
S1: The fourteenth then. Saturday the fourteenth of March, eleven o'clock, here. Everyone happy? @d_agm
S6: Yep.
S7: And remember it's twenty-one clear days' notice for the AGM under your rules. So the papers need to go out in time.
S3: Twenty-one days before the fourteenth is... the twenty-first of February.
S1: So, Phil, when can you have the budget paper to Meera? @a_budget0
S2: I'll have the final version to Meera by the twentieth of February. @a_budget
S3: That's cutting it fine, Phil.
S2: It'll be the twentieth at the latest. Probably sooner.
S3: Then I'll send out the AGM notice and all the papers on the twenty-first, no later. @a_notice
S1: Thank you. Roof. Callum.
S4: Right. Block B roof. We've had three quotes in. Apex, thirty-eight thousand two hundred. Tilbury Roofing, forty-one nine. And Northern Slate, forty-seven.
S6: Apex is cheapest by a fair bit.
S4: It is, but there's no guarantee on the workmanship, just the materials, and they can't start for six weeks. Tilbury give a fifteen-year guarantee on the lot and they can start in February. Northern Slate are good but they're just expensive.
S2: Apex would save us nearly four grand.
S7: I'd be careful. We had a co-op in Stockport go with the cheapest roofer and they were back up there within two years.
S2: No, you're right. Fine, I'm not going to argue for Apex. @x_apex
S1: So Tilbury. Does anyone object to going with Tilbury at forty-one nine? No? Then it's Tilbury. @d_roof
S4: Great. I'll instruct them this week and get a start date off them. @a_roof0
S1: By when, Callum?
S4: By Friday. I'll ring them Monday and have it confirmed by Friday. @a_roof
S1: Damp and mould. I know this is a worry.
S4: We've had two reports since the last meeting. Flat four in Block B and flat seven in Block B, both north-facing, both bedrooms. Seven's got a kid with asthma.
S5: That's the Nwosus. It's really bad, I've seen it. It's black round the window.
S7: Can I suggest something here? A lot of co-ops are bringing in a written procedure now. Any damp or mould report gets an inspection within forty-eight hours, it's logged, and the member gets a written plan within a week. It protects the members and it protects you.
S1: I think we should just do that. Does anyone have a problem with adopting that as our procedure? @d_damp0
S6: No, makes total sense.
S2: No.
S1: Then we adopt it, forty-eight-hour inspection, logged, written plan within a week. Ruth, can you send Meera the wording? @d_damp
S7: Of course, I'll email it tonight. @a_wording
S1: And Callum, four B and seven B, you'll go in? @a_inspect0
S4: Yeah, that's the forty-eight hours starting now, isn't it. I'll get round to both of them by Tuesday. @a_inspect
S1: Thank you. Allocations. Bridget.
S5: So, flat twelve, the two-bed on the first floor, is empty from the first of February. The Jacksons are moving to Leeds. We've got eleven on the waiting list, the top three are all families.
S1: What do you need?
S5: I need to contact the top three, do the viewings and the interviews with the membership committee. I can have that all done by the sixth. @a_viewings0
S1: The sixth of February?
S5: Yes. That's a Friday, isn't it? By the sixth. @a_viewings
S6: Are we still doing the interviews here or at people's current homes?
S5: Here. It's easier.
S1: Arrears. Phil, where are we?
S2: Three households over eight weeks. Total about four thousand two hundred. I've not named anyone in the papers.
S1: Phil, could you go round and talk to them? A friendly chat usually works better than a letter.
S2: I'd rather not, Janet. One of them's my next-door neighbour, and it's awkward, I think it's a conflict really. @x_phil
S7: He's right to flag that. The cleaner way is for the finance subcommittee to send the standard arrears letters and offer a repayment plan. That keeps it out of personal relationships. @a_arrears0
S1: Okay. So the finance subcommittee sends the letters and offers payment plans, and reports back to us before the next board. @a_arrears
S2: Fine by me. I'll step out of the room when they discuss that one.
S1: Fine. The garden. Liam, you had something.
S6: Yeah. So a few of us have been talking, and the back garden is just mud at the moment. I reckon if we got a working group together, five or six people, we could have raised beds in by the spring. I'm happy to set it up. @a_garden0
S1: Go for it, Liam. Set up the group. @a_garden
S6: Good-o. I'll put a notice up and see who bites. @a_garden1
S5: Can I raise the solar panels while we're talking about outside? I know we said we'd look at it.
S2: Not while the roof's being done, surely.
S5: No, but after. The Federation has that grant scheme.
S7: There's a round in the autumn.
S1: Let's come back to solar after the AGM, once the roof's finished. It's too much to take on now. @x_solar
S5: Fair enough.
S1: AOB. Anything?
S6: Just, someone asked me whether they can have a dog now. In Block A. Are we allowed pets now, or not?
S1: The policy says small pets only, with permission from the board. A dog isn't in there. If they want to change that, it's a policy review, and it'd need to go to a general meeting. @x_pets
S6: Right, that's what I thought.
S1: Anything else? No? Next board. Last Sunday in February, same time, four o'clock. That's the twenty-second. @nm
S3: Twenty-second of February, four. Got it.
S1: Thanks, everyone. Drive safe, it's icy out there.
'''
DECISIONS=[
 {"text":"Recommend a 4.5% rent increase from April to the AGM (vote: 4 for, 1 against)","ev":["d_rent0","d_rent"]},
 {"text":"Hold the AGM on Saturday 14 March 2026 at 11:00 in the community room","ev":["d_agm"]},
 {"text":"Accept the Tilbury Roofing quote (£41,900, 15-year guarantee) for the Block B roof","ev":["d_roof"]},
 {"text":"Adopt a damp and mould procedure: inspection within 48 hours of a report, logged, written plan to the member within a week","ev":["d_damp0","d_damp"]},
]
ACTIONS=[
 {"task":"Send the final 2026/27 budget paper to the Secretary for the AGM pack","owner":"Phil Sutton",
  "due_rule":"md:02-20","due_text":"by the twentieth of February","deliverable":"Final budget paper","ev":["a_budget0","a_budget"]},
 {"task":"Send out the AGM notice and papers to all members (21 clear days' notice)","owner":"Meera Pillai",
  "due_rule":"md:02-21","due_text":"on the twenty-first, no later","deliverable":"AGM notice and papers","ev":["a_notice"]},
 {"task":"Instruct Tilbury Roofing and get a confirmed start date for the Block B roof","owner":"Callum Reid",
  "due_rule":"next:fri","due_text":"by Friday","deliverable":"Confirmed start date","ev":["a_roof0","a_roof"]},
 {"task":"Email the wording of the damp and mould procedure to the Secretary","owner":"Ruth Adler",
  "due_rule":"today","due_text":"tonight","deliverable":"Procedure wording","ev":["d_damp","a_wording"]},
 {"task":"Inspect the damp and mould in flats 4B and 7B","owner":"Callum Reid",
  "due_rule":"days:2","due_text":"within forty-eight hours – by Tuesday","deliverable":"Inspections logged","ev":["a_inspect0","a_inspect"]},
 {"task":"Contact the top three on the waiting list for flat 12 and complete viewings and interviews","owner":"Bridget O'Neill",
  "due_rule":"next_dom:6","due_text":"by the sixth (of February)","deliverable":"Viewings and interviews done","ev":["a_viewings0","a_viewings"]},
 {"task":"Send the standard arrears letters with repayment-plan offers to the three households and report back to the board","owner":None,"department":"Finance Subcommittee",
  "due_rule":"next_meeting","due_text":"before the next board","deliverable":"Arrears letters; report to board","ev":["a_arrears0","a_arrears"]},
 {"task":"Set up a communal garden working group","owner":"Liam Turner",
  "due_rule":None,"due_text":None,"deliverable":"Garden working group","ev":["a_garden0","a_garden","a_garden1"]},
]
NEXT={"date_rule":"iso:2026-02-22","time":"16:00","ev":["nm"],"text":"Last Sunday in February"}
NOT_ACTIONS=[
 {"ev":["x_bike"],"why":"Bike store lock already replaced","kind":"completed"},
 {"ev":["x_5pct"],"why":"Original 5% rent proposal amended to 4.5% before the vote","kind":"rejected"},
 {"ev":["x_apex"],"why":"Cheapest roofing quote (Apex) not taken up","kind":"rejected"},
 {"ev":["x_phil"],"why":"Chair asked the Treasurer to visit the arrears households; he declined (conflict of interest); given to the finance subcommittee","kind":"reassigned"},
 {"ev":["x_solar"],"why":"Solar panels put off until after the AGM and the roof works","kind":"deferred"},
 {"ev":["x_pets"],"why":"Question about dogs answered from existing policy; a change would need a policy review","kind":"question"},
]
EXTRA={"note":"Meeting held on a Sunday, so 'by Friday' is Friday 30 January. Ruth Adler is a non-voting adviser from the Federation but takes one small action. Callum is not a director and does not vote."}
