STEM='f_en303_school_governors'
LANG='en'
MEETING={"title":"Hollins Park Primary School – Resources Committee of the Governing Body","date":"2026-01-26","start":"18:00","end":"19:30",
 "location":"School library","host":"Margaret Okafor","recorder":"Susan Pryce",
 "attendees":[{"name":"Margaret Okafor","department":"Governing Body","title":"Chair of Governors"},
  {"name":"David Lindqvist","department":"School Leadership","title":"Headteacher"},
  {"name":"Susan Pryce","department":"Clerk to Governors","title":"Clerk"},
  {"name":"Rob Fairclough","department":"Governing Body","title":"Parent Governor"},
  {"name":"Nisha Patel","department":"Governing Body","title":"Staff Governor"},
  {"name":"Alan Whitcombe","department":"Governing Body","title":"Local Authority Governor"},
  {"name":"Claire Dunmore","department":"School Business Office","title":"School Business Manager"}],
 "absent":[{"name":"Revd Peter Harlow","department":"Governing Body","reason":"Apologies sent"}],
 "agenda":["Apologies and minutes","Budget monitoring Q3","Playground resurfacing quotes","Attendance","Website compliance","AOB"],
 "consent":{"confirmed":True,"method":"Clerk asked at start; recording for minute-taking only, deleted after approval","by":"Susan Pryce"}}
SPEAKERS={"S1":"Margaret Okafor","S2":"David Lindqvist","S3":"Susan Pryce","S4":"Rob Fairclough","S5":"Nisha Patel","S6":"Alan Whitcombe","S7":"Claire Dunmore"}
LINES='''
S1: Good evening, let's make a start. Apologies from Peter, he's unwell. Susan, are we quorate?
S3: Six governors present out of nine on the committee, yes, quorate.
S1: Minutes of the last meeting, the 24th of November. Any corrections? No? Then I'll sign them. @done_min
S1: Matters arising, there was the action on the boiler. David?
S2: Done. Boiler was serviced over Christmas, new pump fitted, cost came in under the estimate. @done_boiler
S1: Lovely. Budget. Claire.
S7: Thank you. So, quarter three monitoring. The headline is we're projecting a deficit of about thirty-one thousand at year end, which is up from eighteen in the autumn.
S6: Up thirteen in one quarter. What's driving that?
S7: Mostly the support staff pay award, which was backdated and wasn't in the budget, and supply cover. We've had two long-term absences.
S4: Can I just, sorry, I'm probably going to ask something obvious, but is the pay award not funded? I thought there was a grant for it. I read something, it might have been for teachers only, I'm not sure, my sister's a teacher in Bolton and she said —
S7: It's teachers only, Rob. The support staff award isn't funded. We have to absorb it.
S4: Right. Okay. That's a bit rubbish.
S6: Is the deficit licensed? Does the local authority know?
S7: Not yet. If we end the year over, we'll need a recovery plan to the LA.
S1: I'd rather we didn't wait for the year end. Claire, could you and David bring a draft recovery plan to the full governing body? That's the 23rd of March. @a_plan0
S7: Yes. I'll need to model the staffing options, so David and I will meet on it.
S2: We'll have a draft to you a week before, so governors can read it. @a_plan
S1: Good. That's the sixteenth, then.
S5: Just from the staff side, if the plan's going to talk about staffing, people will be worried. Rumours are already going round.
S2: Nothing's going to be cut without consultation. I'll say that at briefing tomorrow. @a_brief
S1: Thank you. Playground resurfacing. We have three quotes. Claire?
S7: Three quotes, all in your pack. Greenline, twenty-four thousand five hundred. Ashby Surfaces, nineteen thousand two hundred. And Tarmac Direct, sixteen thousand eight hundred, but they won't do the markings, that's another three thousand or so on top.
S6: So Tarmac's really about twenty.
S7: About twenty, yes.
S4: Can I say, Ashby did the surface at St Bede's and my neighbour's a dinner lady there and she says it's already cracked. Two years. Although to be fair, that might be the tree roots, they've got that massive oak —
S1: Thank you Rob. Noted.
S6: We're forecasting a thirty-one thousand deficit and we're talking about spending twenty on a playground. Do we actually need to do it this year? @rhet0
S2: Alan, the bottom playground has a trip hazard the insurer flagged in October. It's not optional. I've coned off half of it.
S6: That's from the capital budget, not revenue, though, isn't it?
S7: Yes. The capital allocation is ring-fenced, it can't go to the deficit anyway. It's there and it can only be used for this kind of thing.
S6: Okay, then I withdraw that. Fine.
S1: Right. I'd like a decision tonight so we can book it for Easter. The proposal is Greenline at twenty-four and a half, because they're the only ones with the guarantee. Or do people want Ashby?
S4: Greenline. Definitely not Ashby.
S5: Greenline. Their ten-year guarantee matters.
S6: I'd go Ashby, honestly, it's five thousand cheaper and one cracked playground is an anecdote.
S1: Let's vote. Hands up for Greenline. One, two, three, four, five. Ashby? One. So Greenline is approved, five to one. @d_green
S3: I've noted five for, one for Ashby.
S1: Claire, you'll instruct Greenline? @a_green0
S7: I'll confirm the order and book the Easter holiday slot with them. I'll do it this week. @a_green
S1: Attendance. David.
S2: Overall attendance is ninety-four point one, which is below the national average. Persistent absence is eighteen percent, that's the worry. It's mostly Year 4 and Year 6, and some families taking term-time holidays.
S5: And a couple of children who are really anxious about coming in. That's not a holiday thing.
S2: No, that's right. Different problem entirely.
S6: Should we be fining parents for the holidays? @fine1
S2: We refer to the LA and they fine. I'd honestly rather not push it harder right now; it damages relationships with the families we need on side.
S1: I agree with David. We're not changing the approach on fines. @fine2
S2: What I'd like is to start a breakfast club for the persistent absence group. Free, eight o'clock. We think it gets them through the door.
S4: Oh that's a brilliant idea. My kids would love that. Not that they're persistently absent, I mean, they're fine.
S1: Cost?
S2: Food's covered by the Magic Breakfast scheme. Staffing, two TAs for forty-five minutes. About four thousand a year.
S1: With the deficit, I'm nervous. Can we agree it as a pilot for the summer term only, and review in July? @d_break0
S6: As long as it's a pilot and we see the attendance numbers before we continue, I'm fine.
S1: Any objections to a summer term pilot? ... No. Agreed. @d_break
S2: I'll get it set up to start after Easter. @a_break
S1: Website compliance. We had the audit from the LA, we're missing three statutory things. Pupil premium statement, the PE and sport premium report, and the complaints policy is out of date.
S1: Rob, would you take a look at the website with Susan? You're good with that kind of thing. @r_web
S4: Honestly, Margaret, I'd love to, but I'm doing nights till March. I really can't take anything on. Sorry. @r_web2
S6: I'll do it. I did the website review at my last school. @a_web0
S1: Thank you Alan. When?
S6: I'll check it against the list and send David what's missing by Friday. @a_web
S2: And I'll get the three documents uploaded. The pupil premium statement is written, the complaints policy needs governors to approve it first. @a_docs0
S1: Then the complaints policy comes to the full governing body on the 23rd. Susan, put it on the agenda. @a_agenda
S3: Noted, it's on. @a_agenda2
S2: So I'll upload the other two by the end of February half term. @a_docs
S1: Half term starts on the sixteenth so, by the thirteenth, please. @a_docs2
S2: The thirteenth, okay.
S1: AOB. Anything?
S5: Just, the staff Christmas thank you from governors went down really well. People noticed.
S1: Oh, good. Anything else? Alan?
S6: Governor training. The safeguarding update is due for all of us. Are we doing it online?
S3: It's online, the LA module. I'll send everyone the link tomorrow. @a_link
S1: And everyone completes it before the next meeting, please. Including me. @a_sg
S1: Right, thank you all. Next meeting of this committee is Monday the 20th of April, six o'clock, here. @nm
'''
DECISIONS=[
 {"text":"The playground resurfacing contract is awarded to Greenline (GBP 24,500), approved by vote five to one, from the capital budget.","ev":["d_green"]},
 {"text":"No change to the school's approach on fines for term-time holidays.","ev":["fine2"]},
 {"text":"A free breakfast club for the persistent-absence group is approved as a summer-term pilot only, with attendance figures reviewed in July.","ev":["d_break0","d_break"]},
 {"text":"The updated complaints policy goes to the full governing body on 23 March for approval.","ev":["a_agenda"]},
]
ACTIONS=[
 {"task":"Prepare a draft deficit recovery plan (including staffing options) for the full governing body","owner":"Claire Dunmore","due_rule":"md:03-16","due_text":"a week before the full governing body on the 23rd of March, so the sixteenth","deliverable":"Draft recovery plan","support":"David Lindqvist","ev":["a_plan0","a_plan"],"note":"Joint with David Lindqvist"},
 {"task":"Tell staff at briefing that nothing will be cut without consultation","owner":"David Lindqvist","due_rule":"tomorrow","due_text":"at briefing tomorrow","deliverable":None,"ev":["a_brief"]},
 {"task":"Confirm the order with Greenline and book the Easter holiday slot","owner":"Claire Dunmore","due_rule":"week_end","due_text":"this week","deliverable":"Confirmed order and booked slot","ev":["a_green0","a_green"]},
 {"task":"Set up the breakfast club pilot to start after Easter","owner":"David Lindqvist","due_rule":None,"due_text":"to start after Easter","deliverable":"Breakfast club pilot","ev":["a_break"],"note":"Start date given only as 'after Easter'; no deadline date"},
 {"task":"Check the school website against the statutory list and send David what is missing","owner":"Alan Whitcombe","due_rule":"this:fri","due_text":"by Friday","deliverable":"List of missing website items","ev":["a_web0","a_web"],"note":"Rob was asked first and declined"},
 {"task":"Upload the pupil premium statement and the PE and sport premium report to the website","owner":"David Lindqvist","due_rule":"md:02-13","due_text":"by the end of February half term -> by the thirteenth","deliverable":None,"ev":["a_docs0","a_docs","a_docs2"],"note":"Chair corrected 'end of half term' to the 13th"},
 {"task":"Send all governors the link to the LA online safeguarding module","owner":"Susan Pryce","due_rule":"tomorrow","due_text":"tomorrow","deliverable":"Link emailed","ev":["a_link"]},
 {"task":"All governors complete the online safeguarding update module","owner":None,"department":"Governing Body","due_rule":"next_meeting","due_text":"before the next meeting","deliverable":None,"ev":["a_sg"],"note":"Group duty of every governor; no single owner"},
]
NEXT={"date_rule":"md:04-20","time":"18:00","ev":["nm"],"text":"Resources Committee, Monday 20 April, 18:00, school library"}
NOT_ACTIONS=[
 {"ev":["done_min"],"why":"Previous minutes approved and signed at the meeting","kind":"completed"},
 {"ev":["done_boiler"],"why":"Boiler action from last meeting already completed","kind":"completed"},
 {"ev":["a_agenda2"],"why":"Complaints policy already put on the agenda by the clerk during the meeting","kind":"completed"},
 {"ev":["rhet0"],"why":"Question whether to resurface at all; withdrawn","kind":"rhetorical"},
 {"ev":["fine1"],"why":"Suggestion to push fines harder not taken up","kind":"rejected"},
 {"ev":["r_web","r_web2"],"why":"Website review asked of Rob, declined; Alan took it","kind":"declined"},
]
EXTRA={"note":"Safeguarding module: group duty of all governors, owner null, due = next meeting date. Complaints-policy agenda item done by the clerk during the meeting (not_action)."}
