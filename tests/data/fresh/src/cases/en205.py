STEM='f_en205_newsroom_weekly_budget'
LANG='en'
MEETING={"title":"Tuesday news budget meeting","date":"2026-09-29","start":"09:30","end":"10:15",
 "location":"Newsroom conference room","host":"Dana Whitfield","recorder":"Leo Martins",
 "attendees":[{"name":"Dana Whitfield","department":"News Desk","title":"Managing Editor"},
  {"name":"Jorge Salas","department":"City Hall","title":"Reporter"},
  {"name":"Kiran Bose","department":"Investigations","title":"Investigations Editor"},
  {"name":"Hannah Brooks","department":"Legal","title":"In-house Counsel"},
  {"name":"Molly Tran","department":"Photo","title":"Photo Editor"},
  {"name":"Pete Novak","department":"Sports","title":"Sports Editor"},
  {"name":"Leo Martins","department":"Digital","title":"Audience Editor"}],
 "agenda":["Council budget vote","Mayoral debate","Care homes investigation","Voter guide"],
 "consent":{"confirmed":True,"method":"Standing notice that budget meetings are recorded for notes","by":"Leo Martins"}}
SPEAKERS={"S1":"Dana Whitfield","S2":"Jorge Salas","S3":"Kiran Bose","S4":"Hannah Brooks","S5":"Molly Tran","S6":"Pete Novak","S7":"Leo Martins"}
LINES='''
S1: Morning. Coffee's terrible, let's be quick. Jorge, council.
S2: Budget vote is Thursday night. The big fight is the police overtime line and the stadium bond. I've got the mayor's office and three council members on the record, the other two are dodging me.
S1: We'll do a live blog Thursday night, you're on it, and a full story for Friday's print. @d_live @a_budget
S2: Yep. I'll file the main story Thursday night after the vote. @a_budget2
S2: Also, and I'm just flagging this, somebody slipped me a draft memo from the finance department saying the overtime number is lowballed by like four million.
S1: Is it real?
S2: I think so. One source.
S4: One source on a leaked document, no. I'm not comfortable.
S1: Okay. We don't publish the memo unless a second source confirms it. If you get the second source, we talk again. @d_memo
S2: Fair.
S1: And what if the council punts the vote to next week? They did it in March. @hyp1
S2: Then there's no live blog, we'll figure it out Thursday afternoon. @hyp2
S1: Debate. Mayoral debate is tomorrow night at the college. Jorge, you were going to cover it. @r_debate
S2: Dana, I can't do debate Wednesday and the budget Thursday and chase the memo. @r_debate2
S6: I'll do it. I covered the last mayoral debate when the city desk was short, I know both campaigns. @a_debate
S1: Pete, sports editor on the mayoral debate. Love it. Fine, it's yours. File tomorrow night. @a_debate2
S6: Tomorrow night, fine. Someone else is doing the Friday football preview then.
S1: Sort that within sports. Kiran, care homes.
S3: So, we have the state inspection data, that came back from the health department on Friday, finally. Three operators with repeat violations. Forty-one families interviewed. @done_data
S3: Plan was to run it this Sunday.
S4: Kiran, I have not seen a word of this. Since when do we run an investigation without a lawyer reading it? @rhet
S3: I was going to send it over today. @a_pkg
S1: It's not going this Sunday. We move it to Sunday the eleventh. That gives Hannah time and gives the operators a fair right of reply. @d_sunday
S3: Okay. I'll send the right-of-reply letters to all three operators today, seventy-two hours to respond. @a_reply
S4: And I want the full package, text and the data tables, and I'll have my legal read done by next Wednesday. @a_legal @a_pkg2
S1: Good.
S5: Photos. I want portraits of at least four of the families. I'll shoot them Saturday, I've already talked to two. @a_photo
S1: Saturday works.
S7: On digital, I'd like to put the series outside the paywall. It's public interest, and honestly it's the kind of thing that gets people to subscribe.
S1: Agreed, the care homes series goes out free to read. @d_free
S7: I'll build the newsletter and social plan for the launch, by Friday. @a_social
S3: Can we also do a reader call-out? Families who want to share their experience.
S1: Yes, put a form at the bottom of every piece. Leo, that's you too. @a_form
S7: Fine, I'll add it to the plan. @a_form2
S1: Voter guide. Where are we?
S7: We'd planned a print insert, twelve pages. @guide1
S1: Scratch the insert. Circulation cut insert budget to zero as of this month. Online only. @guide2 @d_guide
S7: Online only is fine, honestly, it's searchable.
S2: Who's doing the candidate questionnaires?
S1: Jorge sent them last week, and we have fourteen of nineteen back already. @done_q
S2: Right, I'll chase the other five. @a_chase
S1: Okay. Recap. Live blog Thursday, memo only with a second source, Pete on the debate, care homes on the eleventh, free to read, voter guide online only. See you all same time next Tuesday. @nm
'''
DECISIONS=[
 {"text":"Live blog on the council budget vote Thursday night plus a full story for Friday's print edition.","ev":["d_live"]},
 {"text":"The leaked finance department memo is not published unless a second source confirms it.","ev":["d_memo"]},
 {"text":"The care homes investigation moves from this Sunday to Sunday 11 October, to allow legal review and right of reply.","ev":["d_sunday"]},
 {"text":"The care homes series is published outside the paywall, free to read.","ev":["d_free"]},
 {"text":"The voter guide print insert is dropped; the guide is online only.","ev":["guide2"]},
]
ACTIONS=[
 {"task":"Run the live blog on the budget vote and file the main story after the vote","owner":"Jorge Salas","due_rule":"this:thu","due_text":"Thursday night","deliverable":"Live blog and main budget story","ev":["a_budget","a_budget2"]},
 {"task":"Cover the mayoral debate at the college and file the story","owner":"Pete Novak","due_rule":"tomorrow","due_text":"tomorrow night","deliverable":"Debate story","ev":["a_debate","a_debate2"],"note":"Originally Jorge's; Pete volunteered"},
 {"task":"Send right-of-reply letters to the three care home operators (72 hours to respond)","owner":"Kiran Bose","due_rule":"today","due_text":"today","deliverable":"Right-of-reply letters","ev":["a_reply"]},
 {"task":"Send the full care homes package (text and data tables) to Hannah for legal review","owner":"Kiran Bose","due_rule":"today","due_text":"today","deliverable":"Care homes package","ev":["a_pkg","a_pkg2"]},
 {"task":"Complete the legal read of the care homes package (text and data tables)","owner":"Hannah Brooks","due_rule":"next:wed","due_text":"by next Wednesday","deliverable":"Legal review","ev":["a_legal"]},
 {"task":"Shoot portraits of at least four of the families","owner":"Molly Tran","due_rule":"this:sat","due_text":"Saturday","deliverable":"Family portraits","ev":["a_photo"]},
 {"task":"Chase the five outstanding candidate questionnaires for the voter guide","owner":"Jorge Salas","due_rule":None,"due_text":None,"deliverable":"Remaining questionnaires","ev":["a_chase"]},
 {"task":"Build the newsletter and social plan for the care homes launch, including a reader call-out form on every piece","owner":"Leo Martins","due_rule":"this:fri","due_text":"by Friday","deliverable":"Launch newsletter and social plan","ev":["a_social","a_form","a_form2"]},
]
NEXT={"date_rule":"next:tue","time":"09:30","ev":["nm"]}
NOT_ACTIONS=[
 {"ev":["hyp1","hyp2"],"why":"Council postponing the vote is hypothetical","kind":"hypothetical"},
 {"ev":["r_debate","r_debate2"],"why":"Debate was Jorge's, reassigned to Pete","kind":"reassigned"},
 {"ev":["done_data"],"why":"Inspection data already received","kind":"completed"},
 {"ev":["rhet"],"why":"Rhetorical question","kind":"rhetorical"},
 {"ev":["guide1"],"why":"Planned print insert scrapped","kind":"cancelled"},
 {"ev":["done_q"],"why":"Questionnaires already sent","kind":"completed"},
]
