STEM='f_en403_law_firm_partners'
LANG='en'
MEETING={"title":"Harrowgate Lyle LLP – monthly partners' meeting","date":"2026-04-14","start":"08:00","end":"09:10",
 "location":"Boardroom, 4th floor, and Teams","host":"Jonathan Harrowgate","recorder":"Priya Malhotra",
 "attendees":[{"name":"Jonathan Harrowgate","department":"Management Board","title":"Managing Partner"},
  {"name":"Priya Malhotra","department":"Corporate","title":"Partner"},
  {"name":"Fiona Lyle","department":"Litigation","title":"Partner"},
  {"name":"Richard Okafor","department":"Real Estate","title":"Partner"},
  {"name":"Helen Marsh","department":"Employment","title":"Partner"},
  {"name":"Andrew Tse","department":"Finance","title":"Finance Director"},
  {"name":"Colm Brennan","department":"Private Client","title":"Partner"}],
 "agenda":["Q1 numbers","Lock-up","Trainee intake 2027","Office move","Conflicts system","AOB"],
 "consent":{"confirmed":True,"method":"Recording for the minute-taker only; agreed at start, deleted after minutes approved","by":"Priya Malhotra"}}
SPEAKERS={"S1":"Jonathan Harrowgate","S2":"Priya Malhotra","S3":"Fiona Lyle","S4":"Richard Okafor","S5":"Helen Marsh","S6":"Andrew Tse","S7":"Colm Brennan"}
LINES='''
S1: Morning all. Colm, can you hear us?
S7: I can hear you, I can't see you, but that's probably a mercy at this hour.
S1: Charming. Right, we've got a lot so I'll be strict. Andrew, Q1.
S6: Thank you. So, headline, fees billed for the quarter three point one million, that's four percent ahead of budget. Corporate's carried it, frankly, Priya's team billed just under a million.
S2: One deal. Mostly one deal. Don't get used to it.
S6: Litigation's slightly behind, about six percent, but that's timing, the Hendry trial moved to May.
S3: It did, and we'll bill it in May, so I'd rather the minutes didn't say litigation's behind.
S1: We'll say timing. Priya, note it as timing.
S2: Noted as timing.
S6: Real estate's on budget. Employment's up. Private client is down eleven percent.
S7: Which I expected, we lost Mrs Carrow's estate to her nephew's firm in Leeds, I did flag that in January.
S6: You did. I'm just reporting it.
S1: Fine. Lock-up. That's the bit I actually care about.
S6: Lock-up's at a hundred and thirty-eight days. Target's a hundred and ten. WIP is the problem more than debtors. There's about four hundred thousand of WIP over ninety days.
S4: Most of mine's the Crossfield development, we bill on completion, that's in the engagement letter, there's nothing I can do until it completes.
S6: I understand that, Richard, but four hundred thousand, yours is what, a hundred and twenty of it.
S4: About that.
S1: Okay. What I'd like is each of us goes through our own aged WIP, and either bills it, writes it off or explains it. Andrew, can you send everyone their own list? @a_wiplist
S6: I can send the lists out today. @a_wiplist2
S1: And then everyone comes back to Andrew by, let's say, Friday week. The twenty-fourth. @a_wipall
S5: That's fine for me.
S3: Friday week's tight with Hendry prep but fine.
S1: Good. Trainees. Helen, you've been leading this.
S5: Yes. So we took four trainees this year. The question's 2027. The recruitment cycle opens in June, so we need a number now. I'm proposing six.
S7: Six. Where do we put six trainees?
S5: Two corporate, two litigation, one employment, one real estate, and they rotate.
S7: Not private client, then.
S5: You said last year you didn't want one.
S7: I said I didn't want one that year.
S3: I'm supportive of six, we're drowning in disclosure work.
S6: Cost wise, six trainees is about two hundred and ten thousand a year in salary alone, before the PSC course.
S4: I'd be happier with five, honestly. Six is a big jump from four.
S1: Let's take a view. Helen's proposing six. Can I see who's in favour of six? ... Helen, Fiona, Priya, me. Five? Richard, Andrew, not that you've got a vote Andrew. Colm?
S7: Five. I'll go with five.
S1: Four to two for six. Six it is. @d_six
S5: Thank you. I'll tell the recruitment agency and get the advert drafted. I'll circulate the draft by the end of the month. @a_advert
S2: Can I ask that the advert mentions the hybrid policy properly this time? Last year's said nothing.
S5: Yes, fair.
S1: Office move. Richard.
S4: So the lease on Queen Street ends next March. We've looked at three buildings. My recommendation's the Mercer Building, it's twenty percent smaller, but with hybrid we don't need the space, and it's cheaper per square foot.
S3: The Mercer Building doesn't have enough meeting rooms for trials. We need a war room.
S4: It's got two large rooms on the fourth floor.
S3: Which everybody else will book.
S1: Okay. I don't want to decide the building today. Richard, can you get us heads of terms from Mercer, and Fiona, can you write down exactly what litigation needs, space-wise, so we're not arguing in the abstract?
S4: I'll go back to the agent this week. @a_hot
S3: I'll do a one-pager. By Friday. No, sorry, Thursday, I'm in court Friday. @a_lit
S1: Thursday's fine. Then we decide at the May meeting. @move_park
S1: Conflicts system.
S2: So, this is mine. The current conflicts check takes three days on average. We lost a pitch last month because we couldn't clear conflicts in time. There's a product called Intapp, some of the firms our size use it.
S6: How much?
S2: I don't have a price yet. I'd like approval to get a quote and a demo.
S1: Any objection to Priya getting a quote? ... No. Do it. @d_quote
S2: I'll get a demo booked for the week after next and invite anyone who wants to come. @a_demo
S7: I'll come. Our conflicts are mostly family trees, they're a nightmare.
S1: Right. AOB. Helen, you had something.
S5: Yes, two things. The first is, we agreed last month to close the office on the Friday before the bank holiday, the first of May.
S1: We did.
S5: Since then two big clients have said they've got completions that day, Richard's got one. So I'd propose we don't close after all. Reverse that.
S4: Yes please. I can't have the office closed on completion day.
S1: Anyone want to keep the closure? ... No. Okay, office stays open on the first. Priya, minute that we've reversed last month's decision. @d_open
S2: Done.
S5: Second thing, the wellbeing survey. Someone should look at the results properly. The response rate was low but the comments are quite bleak about the hours in litigation. @well1
S3: I'm not surprised, we had two trials in February.
S1: Helen, could you take the survey and do a short paper for the board?
S5: I'd rather not lead it, I'm the one who ran the survey, it should be someone else reading it. @well_decl
S1: Fair. Fiona?
S3: It's literally about my team.
S1: Yes, so. Colm, would you?
S7: Yes, fine, I'll do it. I'll do a paper for the next meeting. @a_well
S1: Thank you Colm. Andrew, anything?
S6: Just that I need partners' drawings forms back. I sent them three weeks ago. Four of you haven't returned them. @a_draw
S4: I'll get mine back to you today.
S6: The rest of you, please.
S1: I'll do mine today as well. And Andrew, if I could ask, can you bring the revised budget for the office move costs to the next meeting?
S6: I can do it by next Monday actually, I've got most of it.
S1: Even better. @a_budget
S1: Next meeting, usual slot, second Tuesday, eight o'clock, so the twelfth of May. @nm
S3: I'm in trial on the twelfth. @nm2
S1: Then we'll do the eleventh. Monday the eleventh, same time. Priya, can you move the invite? @nm3
S2: I'll move it. @a_invite
S1: Thank you all. Colm, go and have breakfast.
S7: Already eating.
'''
DECISIONS=[
 {"text":"Trainee intake for 2027 set at six (vote four to two).","ev":["d_six"]},
 {"text":"Priya may obtain a quote and demo for a new conflicts system (Intapp).","ev":["d_quote"]},
 {"text":"Last month's decision to close the office on Friday 1 May is reversed; the office stays open.","ev":["d_open"]},
]
ACTIONS=[
 {"task":"Send each partner their own aged WIP list","owner":"Andrew Tse","due_rule":"today","due_text":"today","deliverable":"Aged WIP lists","ev":["a_wiplist","a_wiplist2"]},
 {"task":"Go through their own aged WIP and bill it, write it off or explain it to Andrew","owner":None,"department":"All partners","due_rule":"md:04-24","due_text":"by Friday week, the twenty-fourth","deliverable":"WIP response","ev":["a_wipall"]},
 {"task":"Tell the recruitment agency about six trainees and circulate a draft advert (including the hybrid policy)","owner":"Helen Marsh","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Draft trainee advert","ev":["a_advert"]},
 {"task":"Get heads of terms for the Mercer Building from the agent","owner":"Richard Okafor","due_rule":"week_end","due_text":"this week","deliverable":"Heads of terms","ev":["a_hot"]},
 {"task":"Write a one-page note of litigation's space needs","owner":"Fiona Lyle","due_rule":"this:thu","due_text":"by Friday – no, Thursday","deliverable":"One-page note","ev":["a_lit"]},
 {"task":"Book a conflicts system demo and invite interested partners","owner":"Priya Malhotra","due_rule":None,"due_text":"demo the week after next","deliverable":"Demo booked","ev":["a_demo"],"note":"Week after next is when the demo happens, not a deadline for booking"},
 {"task":"Review the wellbeing survey results and write a short paper for the board","owner":"Colm Brennan","due_rule":"next_meeting","due_text":"for the next meeting","deliverable":"Wellbeing paper","ev":["a_well"]},
 {"task":"Bring the revised office move budget","owner":"Andrew Tse","due_rule":"next:mon","due_text":"by next Monday","deliverable":"Revised office move budget","ev":["a_budget"]},
 {"task":"Return the outstanding partners' drawings forms to Andrew","owner":None,"department":"All partners","due_rule":None,"due_text":None,"deliverable":"Drawings forms","ev":["a_draw"],"note":"Richard and Jonathan said they would return theirs today"},
 {"task":"Move the next meeting invitation to Monday 11 May","owner":"Priya Malhotra","due_rule":None,"due_text":None,"deliverable":None,"ev":["nm3","a_invite"]},
]
NEXT={"date_rule":"md:05-11","time":"08:00","ev":["nm","nm2","nm3"],"text":"Moved from Tue 12 May to Mon 11 May because of Fiona's trial"}
NOT_ACTIONS=[
 {"ev":["move_park"],"why":"Office building decision deferred to the May meeting","kind":"deferred"},
 {"ev":["well1"],"why":"'Someone should look at the results' – general, then assigned","kind":"group"},
 {"ev":["well_decl"],"why":"Helen declined to lead the wellbeing paper; Colm took it","kind":"declined"},
]
EXTRA={"note":"The next-meeting action (nm3) cites the chair's request; the drawings forms are a group item (no single owner)."}
