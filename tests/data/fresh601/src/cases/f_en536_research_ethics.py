STEM='f_en536_research_ethics'
LANG='en'
MEETING={"title":"Faculty of Health Sciences Research Ethics Committee - November","date":"2026-11-10","start":"14:00","end":"15:35",
 "location":"Room 4.12, Gilmour Building, Strathallan University",
 "host":"Eilidh MacRae","recorder":"Kirsty Blair",
 "attendees":[
  {"name":"Eilidh MacRae","department":"School of Nursing","title":"Professor, Committee Chair"},
  {"name":"Kirsty Blair","department":"Research Governance Office","title":"Ethics Administrator"},
  {"name":"Sarah Goldberg","department":"Public Health","title":"Senior Lecturer, Deputy Chair"},
  {"name":"Wei Jie Tan","department":"Psychology","title":"Lecturer, Committee Member"},
  {"name":"Peter Osborne","department":"Lay Members","title":"Lay Member"},
  {"name":"Thandiwe Mokoena","department":"Physiotherapy","title":"Senior Lecturer, Committee Member"},
  {"name":"Liam Hughes","department":"Computer Science","title":"Reader, Committee Member"}],
 "agenda":["Declarations of interest","Matters arising and chair's actions","FHS-26-114 Living alone in later life","FHS-26-121 Wearable sensors in stroke rehabilitation","FHS-26-127 Gambling among undergraduates","Policy: online recruitment and data management plans","Policy: AI transcription tools","Date of next meeting"],
 "consent":{"confirmed":True,"method":"Members agreed to audio recording for the purpose of drafting the minutes; recording deleted after approval","by":"Kirsty Blair"}}
SPEAKERS={"S1":"Eilidh MacRae","S2":"Kirsty Blair","S3":"Sarah Goldberg","S4":"Wei Jie Tan","S5":"Peter Osborne","S6":"Thandiwe Mokoena","S7":"Liam Hughes"}
LINES='''
S1: Good afternoon, everyone. We're quorate, so let's begin. Kirsty is recording for the minutes, as we agreed in September.
S1: Declarations of interest. I'll declare one myself. I'm second supervisor on application one-one-four, so Sarah will chair that item and I'll say nothing.
S3: Noted. Anyone else? No.
S1: Matters arising. Kirsty?
S2: Just one. The amendment to FHS-26-098, the extra interview site, was approved by chair's action on the twenty-second of October. It's done, it's just for the record. @x_098
S1: Thank you. Then over to you, Sarah, for one-one-four.
S3: Okay. So, FHS-26-114, "Living alone in later life", a PhD student in Nursing. Semi-structured interviews with about twenty people over seventy-five who live alone, in their own homes. Peter and I were the reviewers.
S3: Overall I think it's a really good study. My main concerns were around the participant information sheet and what happens if someone gets upset. It's a sensitive topic, loneliness, bereavement often comes up.
S5: I'll be blunt. The information sheet is written for other academics. Page one has "phenomenological" in it. My mother would have put it in the bin.
S4: What reading age are we asking for these days?
S2: The guidance says aim for about twelve years.
S3: And there's no distress protocol. What does the student do if someone breaks down in the interview? Who does she call?
S6: And she's going into people's homes on her own. Is there a lone worker procedure?
S3: Not in the application. There's a university policy, she just needs to say she'll follow it, with a check-in call.
S6: I'd want that as a condition.
S4: What if she'd proposed interviewing people in care homes instead? Wouldn't that bring in capacity issues?
S3: If it were care homes, we'd be into the Adults with Incapacity Act and a completely different review. But it isn't, they're all living independently. @x_carehome
S3: So I'd propose a favourable opinion with conditions. One, the information sheet rewritten in plain English. Two, a distress protocol. Three, a statement on lone working with a check-in call. Are we agreed? @d_114a
S5: Agreed.
S6: Agreed.
S7: Yes.
S3: Then favourable opinion with those three conditions. @d_114
S5: Can I ask a question while we're on it? Are participants paid? It says a "thank you voucher". @x_voucher
S3: Twenty pound voucher, Peter. That's within the guidance, it's not enough to be an inducement. @x_voucher2
S5: Fine, I just wanted to understand it.
S3: When the revised documents come back, I'm happy to check them as chair's action. There's no point bringing it back to the full committee. @a_114check
S3: Eilidh, back to you.
S1: Thank you, Sarah. Application one-two-one, wearable sensors in stroke rehabilitation at home. Thandiwe, you reviewed it.
S6: Yes. It's a Physio project, actually from my own school, but not my group, so no conflict. They want to put wrist sensors on patients for six weeks after discharge.
S6: The problem is the recruitment. They're recruiting through the stroke clinic at the Royal. Those are NHS patients, identified by NHS staff.
S7: So it needs NHS ethics, not us?
S6: Exactly. It needs to go through IRAS for NHS REC and HRA approval. We shouldn't be reviewing it at all.
S1: Then we don't give an opinion. The decision is that it's outside our remit, and the applicant is told to apply through IRAS. @d_121
S1: This is the third one this year, by the way. The School isn't telling people about NHS approvals.
S3: It's the same every year, new staff don't know.
S1: I'll raise it with the Associate Dean for Research at the research committee on the twenty-fourth. @a_dean
S2: And I'll send the outcome letters for all three applications as usual, within five working days. @a_letters
S1: Thank you, Kirsty. Application one-two-seven. Gambling among undergraduates. Wei Jie and Thandiwe.
S4: Okay, so this one is an online survey about gambling, sports betting, loot boxes, among our undergraduates. Recruitment through paid Instagram and TikTok ads, plus posters.
S4: I've a few concerns lah. First, the ads can't be targeted only to our students. Anyone can click. They could get people who are not students, and they could get under-eighteens.
S6: Some of our first years are seventeen. The survey asks about betting. We can't have minors answering that without thinking about it.
S7: And the survey platform logs IP addresses by default. They say it's anonymous, but it's not anonymous if you've got IP addresses.
S4: And the support information is just a link to one national helpline. For students who score high on the gambling screen, they should really point to the university counselling service also.
S1: That's quite a lot. Is that conditions, or is that a resubmission?
S6: For me it's a resubmission. The age question changes the design.
S4: I agree, major revisions, resubmit.
S1: Right. FHS-26-127, major revisions required, and it comes back to full committee. @d_127
S1: Thandiwe, can you write up the reviewers' comments and send them to Kirsty for the letter? @a_127req
S6: Yes. By Friday okay? @a_127yes
S1: Friday's fine. @a_127comments
S4: I can get the list of support services from our department, the counselling service and the student gambling support people, so the student knows what to include. I'll send it to Thandiwe by Thursday. @a_support
S6: Thanks, that helps.
S1: Which brings me to policy. Liam, you raised the online recruitment issue at the last meeting.
S7: Yes. Every application this year that used social media recruitment had a data problem. IP addresses, third country servers, no retention period. My suggestion is we make a data management plan compulsory for any study that recruits online. @d_dmp0
S3: From when?
S7: The first of January? Gives people time.
S5: It seems sensible to me. It's the same problem every time.
S1: Are we all agreed? Then that's our rule. From the first of January, any application that recruits online or through social media must include a data management plan, or it won't be reviewed. @d_dmp
S1: Liam, can you draft a guidance note for the website, so applicants know what we expect? We should see a draft at the December meeting. @a_guid0
S7: I'll circulate it a week before the meeting, so Tuesday the first. @a_guidance
S1: Perfect. And Peter, would you do a lay read of it? Make sure it's readable?
S5: I'd love to, Eilidh, but I'm stepping down at Christmas, as you know. It ought to be someone who'll be here to defend it. @x_peter
S1: Of course. Kirsty, could you ask the lay pool for a volunteer? @a_lay0
S2: Yes, I'll email them. @a_laypool
S1: Last item. AI transcription tools. We had a question from Psychology about whether students can use the automatic transcription in Teams or the online tools for interview recordings.
S4: A lot of students are already doing it, frankly.
S7: It's a data protection question as much as an ethics one. Where does the audio go?
S1: It's a big topic and we've no paper on it. Let's not rush it. I'd rather park it until January, when we can get the data protection officer to come. @x_ai
S3: Agreed, it's too big for the last ten minutes.
S1: Date of the next meeting. Tuesday the eighth of December, two o'clock, same room. @nm
S2: I've booked it already.
S1: Thank you all. That's us done.
'''
DECISIONS=[
 {"text":"FHS-26-114: favourable opinion with three conditions: plain-English participant information sheet, a distress protocol, and a lone working statement with a check-in call","ev":["d_114a","d_114"]},
 {"text":"FHS-26-121: outside the committee's remit; the applicant to apply through IRAS for NHS REC and HRA approval","ev":["d_121"]},
 {"text":"FHS-26-127: major revisions required; resubmission to the full committee","ev":["d_127"]},
 {"text":"From 1 January, any application recruiting online or through social media must include a data management plan or it will not be reviewed","ev":["d_dmp0","d_dmp"]},
]
ACTIONS=[
 {"task":"Check the revised FHS-26-114 documents against the conditions as chair's action","owner":"Sarah Goldberg","due_rule":None,"due_text":"when the revised documents come back","deliverable":None,"ev":["a_114check"]},
 {"task":"Raise the lack of awareness of NHS approval requirements with the Associate Dean for Research at the research committee","owner":"Eilidh MacRae","due_rule":"dom:24","due_text":"at the research committee on the twenty-fourth","deliverable":None,"ev":["a_dean"]},
 {"task":"Send the outcome letters for the three applications","owner":"Kirsty Blair","due_rule":"workdays:5","due_text":"within five working days","deliverable":"Outcome letters","ev":["a_letters"]},
 {"task":"Write up the reviewers' comments on FHS-26-127 and send them to the ethics administrator","owner":"Thandiwe Mokoena","due_rule":"this:fri","due_text":"by Friday","deliverable":"Reviewers' comments","ev":["a_127req","a_127yes","a_127comments"]},
 {"task":"Send a list of university gambling and counselling support services for the FHS-26-127 applicant","owner":"Wei Jie Tan","due_rule":"this:thu","due_text":"by Thursday","deliverable":"List of support services","ev":["a_support"]},
 {"task":"Draft and circulate a guidance note on data management plans for online recruitment","owner":"Liam Hughes","due_rule":"md:12-01","due_text":"a week before the meeting, so Tuesday the first","deliverable":"Guidance note draft","ev":["a_guid0","a_guidance"]},
 {"task":"Ask the lay pool for a volunteer to do a lay read of the guidance note","owner":"Kirsty Blair","due_rule":None,"due_text":None,"deliverable":None,"ev":["a_lay0","a_laypool"]},
]
NEXT={"date_rule":"md:12-08","time":"14:00","ev":["nm"],"text":"Research Ethics Committee, Room 4.12"}
NOT_ACTIONS=[
 {"ev":["x_098"],"why":"Amendment to FHS-26-098 already approved by chair's action","kind":"completed"},
 {"ev":["x_carehome"],"why":"Care home interviews only a hypothetical","kind":"hypothetical"},
 {"ev":["x_voucher","x_voucher2"],"why":"Lay member's question on participant payment answered","kind":"question"},
 {"ev":["x_peter"],"why":"Peter Osborne declined the lay read as he steps down at Christmas","kind":"declined"},
 {"ev":["x_ai"],"why":"Policy on AI transcription tools parked until January","kind":"deferred"},
]
EXTRA={"note":"University research ethics committee. The chair declares an interest and the deputy chairs item FHS-26-114. Outcomes on applications are decisions; the AI transcription item is a deferral."}
