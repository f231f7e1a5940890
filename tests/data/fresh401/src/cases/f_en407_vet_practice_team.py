STEM='f_en407_vet_practice_team'
LANG='en'
MEETING={"title":"Oakridge Veterinary Surgery – team meeting","date":"2026-07-21","start":"13:15","end":"13:50",
 "location":"Staff room","host":"Hannah Cole","recorder":"Sophie Turner",
 "attendees":[{"name":"Hannah Cole","department":"Clinical","title":"Clinical Director"},
  {"name":"Sophie Turner","department":"Nursing","title":"Head Nurse"},
  {"name":"Liam Buckley","department":"Clinical","title":"Veterinary Surgeon"},
  {"name":"Zanele Dube","department":"Nursing","title":"Registered Veterinary Nurse"},
  {"name":"Carol Higgins","department":"Reception","title":"Practice Manager"}],
 "agenda":["Controlled drugs audit","Out-of-hours cover","Client complaints","Dental month"],
 "consent":{"confirmed":True,"method":"Agreed at start","by":"Sophie Turner"}}
SPEAKERS={"S1":"Hannah Cole","S2":"Sophie Turner","S3":"Liam Buckley","S4":"Zanele Dube","S5":"Carol Higgins"}
LINES='''
S1: Right, we've got half an hour before afternoon consults and Liam's got a bitch spay at two, so let's be quick.
S3: It's a cocker. She's lovely. Carry on.
S1: Controlled drugs. Sophie.
S2: So the register didn't balance on Friday. We're two mils of methadone out. I've gone through it twice and I think it's a recording error on the Tuesday, someone drew up for the Labrador and wrote it on the wrong line.
S3: That might have been me. Honestly.
S2: It's fine, it happens, but we need to write it up properly because the inspection's in September.
S1: Can you write up the discrepancy and what we think happened, and Liam, you countersign it?
S2: Yes. I'll do it today. @a_cd
S3: I'll sign it when it's done. @a_cdsign
S1: And going forward, two people check every CD entry, not just the draw-up. From now. @d_cd
S4: Every entry? Even at three in the morning on call?
S1: On call you phone it in and the second check's done the next morning. But yes, every entry. @d_cd2
S1: Out of hours. Carol.
S5: So as you know Vetsnight are putting their price up from October. Twelve percent. I've got a quote from Pet Emergency Partners too, it's slightly cheaper but they're in Bracknell, that's forty minutes for some of our clients.
S4: Forty minutes is too far with a GDV.
S3: Or a blocked cat.
S1: Yeah. I don't want to move. I think we eat the twelve percent this year and look again next year. Everyone okay with that? @d_ooh
S2: Yes.
S3: Yep.
S1: Good. Carol, can you let Vetsnight know we're renewing? @a_renew
S5: I will. Their deadline is the end of August but I'll do it this week.
S1: Complaints.
S5: Two this month. One was the Hendersons, the cat that died after the dental, they're upset about the bill.
S1: I've spoken to them. I've agreed we'll waive the post-op consult and the cremation. That's done, I rang them on Saturday. @done_hend
S5: The other was a lady who waited forty-five minutes past her appointment.
S3: That was the RTA on Thursday. Nothing we could do.
S5: I know, but nobody told her. Reception should tell people when we're running late.
S1: Carol, could you remind the reception team about that, and put a sign up?
S5: I'll do it at the reception huddle tomorrow. @a_recep
S1: Dental month. September. Zanele, you said you wanted to run it.
S4: Yes, I'd love to. Free dental checks with the nurses, ten percent off scale and polish.
S1: Great, go for it. @d_dental
S4: I'll do a poster and a Facebook post. When do you need them, Carol?
S5: I send the newsletter on the first.
S4: Okay, by Monday then, the twenty-seventh? @a_poster
S5: Monday's too late, the newsletter's printed on the Monday, I need it Friday. @a_poster2
S4: Friday. Fine.
S1: Liam, can you do the clinical bit for the poster, what we're checking for?
S3: I'm on leave from tomorrow for a week, sorry, I can't. @poster_decl
S1: Oh yes. I'll do it then, Zanele, I'll send it to you Thursday. @a_clin
S4: Thanks.
S1: Right. That's it. Cocker spaniel.
'''
DECISIONS=[
 {"text":"From now two people check every controlled drugs entry; on call, the entry is phoned in and the second check is done the next morning.","ev":["d_cd","d_cd2"]},
 {"text":"Stay with Vetsnight for out-of-hours cover and accept the 12% increase this year; review again next year.","ev":["d_ooh"]},
 {"text":"Run a dental month in September (free nurse dental checks, 10% off scale and polish), led by Zanele.","ev":["d_dental"]},
]
ACTIONS=[
 {"task":"Write up the controlled drugs register discrepancy (2 ml methadone) and its likely cause","owner":"Sophie Turner","due_rule":"today","due_text":"today","deliverable":"Discrepancy write-up","ev":["a_cd"]},
 {"task":"Countersign the controlled drugs discrepancy write-up","owner":"Liam Buckley","due_rule":None,"due_text":"when it's done","deliverable":None,"ev":["a_cdsign"]},
 {"task":"Tell Vetsnight the practice is renewing the out-of-hours contract","owner":"Carol Higgins","due_rule":"week_end","due_text":"this week (their deadline end of August)","deliverable":None,"ev":["a_renew"]},
 {"task":"Remind the reception team to tell clients when appointments are running late, and put a sign up","owner":"Carol Higgins","due_rule":"tomorrow","due_text":"at the reception huddle tomorrow","deliverable":"Sign","ev":["a_recep"]},
 {"task":"Make the dental month poster and Facebook post for the newsletter","owner":"Zanele Dube","due_rule":"this:fri","due_text":"Monday the 27th – too late – Friday","deliverable":"Poster and Facebook post","ev":["a_poster","a_poster2"]},
 {"task":"Send Zanele the clinical content for the dental month poster","owner":"Hannah Cole","due_rule":"this:thu","due_text":"Thursday","deliverable":"Clinical text","ev":["a_clin"]},
]
NEXT=None
NOT_ACTIONS=[
 {"ev":["done_hend"],"why":"Henderson complaint already handled; fees waived and client phoned on Saturday","kind":"completed"},
 {"ev":["poster_decl"],"why":"Liam declined the poster's clinical content (on leave); Hannah took it","kind":"declined"},
]
EXTRA={"note":"No next meeting mentioned. Asker rejects Monday and asks for Friday (24 July)."}
