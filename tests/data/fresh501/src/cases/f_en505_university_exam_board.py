STEM='f_en505_university_exam_board'
LANG='en'
MEETING={"title":"Board of Examiners (Undergraduate), School of Civil Engineering – Summer Session","date":"2026-06-15","start":"10:00","end":"12:05",
 "location":"Room G.14, Brunel Building (external examiner on Teams)",
 "host":"Margaret Ellison","recorder":"Gemma Hollis",
 "attendees":[
  {"name":"Margaret Ellison","department":"Civil Engineering","title":"Professor; Chair of the Board of Examiners"},
  {"name":"Gemma Hollis","department":"Student Registry","title":"Senior Administrator (Assessment)"},
  {"name":"Sanjay Iyer","department":"Civil Engineering","title":"Senior Lecturer; Exams Officer"},
  {"name":"Anil Kapoor","department":"Civil Engineering","title":"Lecturer; Module Leader CE2041 Geotechnics"},
  {"name":"Olusegun Adeyemi","department":"Civil Engineering","title":"Senior Lecturer; Programme Director"},
  {"name":"Rachel Byrne","department":"Student Support","title":"Senior Tutor"},
  {"name":"David Whyte","department":"External Examiner","title":"Professor (external examiner)"}],
 "agenda":["Apologies, quoracy, confidentiality","Matters arising","Module reports and mark adjustments",
           "Mitigating circumstances","Borderline classifications","Academic misconduct referrals",
           "External examiner's oral report","Resit arrangements","Date of resit board"],
 "consent":{"confirmed":True,"method":"Chair confirmed consent at the start; recording held by Registry and deleted after the minutes are approved","by":"Gemma Hollis"}}
SPEAKERS={"S1":"Margaret Ellison","S2":"Gemma Hollis","S3":"Sanjay Iyer","S4":"Anil Kapoor","S5":"Olusegun Adeyemi","S6":"Rachel Byrne","S7":"David Whyte"}
LINES='''
S1: Good morning, everyone. David, can you hear us alright?
S7: I can, yes. Slight echo, but fine.
S1: Good. This is the summer Board of Examiners for the undergraduate programmes. We're quorate. Gemma's recording for the minutes, the recording stays with Registry and is deleted once the minutes are approved. Is everyone content with that?
S5: Yes.
S6: Fine.
S7: Yes, of course.
S1: And the usual reminder: students are referred to by number only, and nothing said here leaves the room. Apologies from Dr Chen, who's on fieldwork. Matters arising from March. Sanjay, the action on the lab report word limits?
S3: Done. The new limits went into all the module handbooks in April, and the students were told. @x_words
S1: Thank you. Then module reports. Most of these are unremarkable, distributions look normal. The one we need to talk about is CE2041. Anil?
S4: Yes. So, Geotechnics, second year. Mean on the exam was forty-seven point eight, and the failure rate is thirty-one percent, which is, well, it's nearly double last year.
S5: Thirty-one.
S4: Thirty-one. When I looked at it by question, the problem is almost entirely question four. The slope stability question. Average on that question was about six out of twenty-five.
S7: I did look at the scripts for that one. I have to say, the wording of part b is genuinely ambiguous. You could read it as asking for the factor of safety by the method of slices or the infinite slope. Half of them did the wrong one.
S4: And, to be honest, we lost two lectures in week nine when the building was closed, and that's exactly where the method of slices sits. They had the notes, but they didn't have the worked examples.
S1: So what are you proposing?
S4: I'd propose adding four marks to the exam component for every candidate. That brings the mean to about fifty-two and the failure rate down to around eighteen percent, which is in line with previous years.
S5: I'd go further, honestly. Six marks. They lost two lectures, and the question was ambiguous, that's two separate problems. @x_six
S3: Six moves us well above the historical mean. I'd be uncomfortable defending that if anybody asks.
S7: I'd agree with Sanjay. Four is defensible given what I saw in the scripts. Six starts to look like we're rescuing the cohort rather than correcting a flaw.
S1: Olusegun, are you pressing for six?
S5: No, I take the point. I'll go with four.
S1: Alright, then let's do this properly. The proposal is a four-mark upward adjustment to the exam component of CE2041 for all candidates. Those in favour? ... Five. Against? None. Abstentions? Rachel? @d_scale0
S6: I'll abstain, I haven't seen the scripts and it's not my area.
S1: Five in favour, one abstention. Carried. Four marks on CE2041. @d_scale
S1: Anil, I need a written rationale for the scaling, short, a page, for David and for the file. If we get an appeal, that's what we'll be showing.
S4: Of course. When do you need it by?
S1: Before results go out. They're published on the twenty-sixth. @a_rationale0
S4: So before the twenty-sixth, fine. I'll have it to you and David well before then. @a_rationale
S2: And I'll need to re-run the CE2041 marks with the adjustment and then upload everything that's ratified today into the record system. @a_upload0
S1: How long do you need?
S2: I can have it all in by Wednesday. Thursday at the very latest, but let's say Wednesday. @a_upload
S1: Wednesday. Thank you. Mitigating circumstances. Rachel.
S6: Thank you. So we have three cases for the board today. The panel met last Tuesday. The first is candidate two two three one seven eight eight. Serious illness in the exam period, hospital letter, medical evidence is all there. The panel recommends that the two exams they missed are treated as a first sit in August, uncapped.
S1: Any questions on that one? No? Agreed then, first sit in August, uncapped. @d_mc
S6: Second, two two one nine zero four three. This is a late claim, they submitted it after the deadline, and the evidence is supposedly coming from their GP, but we haven't got it yet.
S3: Do we know when?
S6: The student says next week, but they said that last week as well.
S1: We can't decide it without the evidence. I'm not going to make a decision on that one today. Let's leave it for chair's action once the evidence is in, and I'll report back at the resit board. @x_mc2
S6: That's fine. The third, two two four four one zero six, was withdrawn by the student on Friday, so there's nothing for the board.
S1: Okay. And will you let the students know the outcomes? @a_letters0
S6: Yes. Regulations say within five working days of the board, so I'll write to them all by then. @a_letters
S1: Thank you. Borderlines. Sanjay.
S3: Right. Final year. We have three candidates in the zone of consideration. Two at the First boundary, sixty-nine point six and sixty-nine point seven. One at the two-one boundary, fifty-nine point two.
S3: Under the preponderance rule, the two at sixty-nine point six and sixty-nine point seven both have more than half their final-year credits at seventy or above. So they both meet it.
S3: The fifty-nine point two has only forty credits at sixty or above. Doesn't meet it.
S5: The fifty-nine point two, sorry, is that the student with the thirty-eight in the design project? Because I was going to ask whether we can condone that.
S3: It is. But condonement isn't ours to decide here. Under the current regs a mark between thirty-five and thirty-nine is condoned automatically up to twenty credits. It's already been condoned. @x_condone
S5: Oh. Then fine, ignore me.
S1: So the recommendation is: both candidates at sixty-nine point six and sixty-nine point seven raised to a First under the preponderance rule, and the fifty-nine point two remains a two-two. Any objections? David? @d_border0
S7: None from me. That's exactly what the regulations say.
S1: Then that's agreed. @d_border
S1: Academic misconduct. There's one case, in CE2030, the group design coursework. Suspected collusion between two groups.
S4: I flagged that one. The calculations are identical, including the same arithmetic mistake on page four.
S1: That's not for this board to determine. It's been referred to the Academic Integrity Panel, which sits on the second of July. The marks for those eight students are withheld until then and we'll pick it up at the resit board. @x_misconduct
S2: They're already flagged as withheld on the system, so they won't be published.
S1: Thank you. David, your oral report.
S7: Thank you, Margaret. Overall, I'm very happy. The standard of the final-year projects is high, particularly the ones with industry partners. Marking is consistent and the moderation sample was well organised.
S7: Two things I'd flag. One, CE2041, which we've discussed. I'd like to see next year's paper in draft before it's finalised, rather than at the end.
S4: I can send you the draft paper. It won't be written until the autumn, though, I'm afraid. @a_paper0
S7: Autumn is fine, whenever it's ready.
S4: Then I'll send it over once it's drafted in the autumn. @a_paper
S7: And two, some of the feedback on coursework was very brief. One-liners. I know everyone's busy, but students notice.
S5: That's fair. We've had that in the NSS comments as well.
S1: Could we think about a minimum feedback standard? A template, maybe, for next year.
S5: Possibly. I'd want to talk to the teaching committee before we commit to anything like that.
S1: Yes, let's not decide it here. @x_feedback
S7: And you'll have my written report within four weeks, that's what your quality office asks for. @a_report
S1: That's very kind. Resits. Sanjay.
S3: The resit period is the seventeenth to the twenty-eighth of August. I'll put the timetable together once we know the numbers from today, so I'll circulate it by the end of the month. @a_resit
S2: The students need it by then anyway, they start booking flights home.
S1: Good. And finally, the date of the resit board. Gemma?
S2: I had pencilled Wednesday the ninth of September.
S3: The ninth is a problem, that's the induction planning day for the new first years.
S2: Thursday the tenth, then? Two o'clock? @nm0
S1: Thursday the tenth of September at two. David, can you join on Teams? @nm
S7: I can, yes.
S1: Then that's the resit board. Thank you, everyone, and thank you, David.
S7: Thanks, all. Bye.
'''
DECISIONS=[
 {"text":"Apply a four-mark upward adjustment to the CE2041 Geotechnics exam component for all candidates (vote: 5 for, 1 abstention)","ev":["d_scale0","d_scale"]},
 {"text":"Candidate 2231788's missed exams are treated as an uncapped first sit in August","ev":["d_mc"]},
 {"text":"The two candidates at 69.6 and 69.7 are raised to a First under the preponderance rule; the candidate at 59.2 remains a 2:2","ev":["d_border0","d_border"]},
]
ACTIONS=[
 {"task":"Write a one-page rationale for the CE2041 scaling for the external examiner and the file","owner":"Anil Kapoor",
  "due_rule":"eve:06-26","due_text":"before results go out on the twenty-sixth","deliverable":"Scaling rationale (one page)","ev":["a_rationale0","a_rationale"]},
 {"task":"Re-run the CE2041 marks with the adjustment and upload all ratified marks to the student record system","owner":"Gemma Hollis",
  "due_rule":"this:wed","due_text":"by Wednesday","deliverable":"Ratified marks uploaded","ev":["a_upload0","a_upload"]},
 {"task":"Write to the students with the outcomes of their mitigating circumstances claims","owner":"Rachel Byrne",
  "due_rule":"workdays:5","due_text":"within five working days of the board","deliverable":"Outcome letters","ev":["a_letters0","a_letters"]},
 {"task":"Send the draft CE2041 exam paper for next year to the external examiner","owner":"Anil Kapoor",
  "due_rule":None,"due_text":"in the autumn, once it's drafted","deliverable":"Draft exam paper","ev":["a_paper0","a_paper"]},
 {"task":"Submit the external examiner's written report","owner":"David Whyte",
  "due_rule":"weeks:4","due_text":"within four weeks","deliverable":"Written external examiner's report","ev":["a_report"]},
 {"task":"Prepare and circulate the August resit timetable","owner":"Sanjay Iyer",
  "due_rule":"month_end","due_text":"by the end of the month","deliverable":"Resit timetable","ev":["a_resit"]},
]
NEXT={"date_rule":"iso:2026-09-10","time":"14:00","ev":["nm0","nm"],"text":"Resit Board of Examiners"}
NOT_ACTIONS=[
 {"ev":["x_words"],"why":"Matters arising: word limits action already completed","kind":"completed"},
 {"ev":["x_six"],"why":"Proposal of a six-mark adjustment withdrawn in favour of four","kind":"rejected"},
 {"ev":["x_mc2"],"why":"Late mitigating circumstances claim left for chair's action pending evidence","kind":"deferred"},
 {"ev":["x_condone"],"why":"Question on condoning a 38; already condoned automatically under the regulations","kind":"question"},
 {"ev":["x_misconduct"],"why":"Collusion case referred to the Academic Integrity Panel, not decided by the board","kind":"deferred"},
 {"ev":["x_feedback"],"why":"Minimum feedback standard idea not decided; to be discussed with the teaching committee","kind":"deferred"},
]
EXTRA={"note":"Next meeting: Wednesday 9 September pencilled, then moved to Thursday 10 September at 14:00. Upload deadline hedged (Wednesday, Thursday at the latest) – Wednesday stands."}
