STEM='f_en527_discharge_planning'
LANG='en'
MEETING={"title":"Ward 7B Multidisciplinary Discharge Planning Meeting","date":"2026-07-14","start":"13:30","end":"14:05",
 "location":"Ward 7B seminar room, St Aldric's Hospital",
 "host":"Maureen O'Connell","recorder":"Kwame Asante",
 "attendees":[
  {"name":"Maureen O'Connell","department":"Nursing","title":"Ward Manager"},
  {"name":"Ravi Shah","department":"Medicine for Older People","title":"Consultant Geriatrician"},
  {"name":"Kwame Asante","department":"Discharge Team","title":"Discharge Coordinator"},
  {"name":"Fiona Drummond","department":"Therapies","title":"Physiotherapist"},
  {"name":"Beth Ellis","department":"Therapies","title":"Occupational Therapist"},
  {"name":"Carlos Ruiz","department":"Adult Social Care","title":"Hospital Social Worker"},
  {"name":"Li Wen","department":"Pharmacy","title":"Ward Pharmacist"}],
 "agenda":["Bed 4","Bed 9","Bed 12"],
 "consent":{"confirmed":True,"method":"Recording for minutes only, no patient names in the notes; all staff present agreed","by":"Kwame Asante"}}
SPEAKERS={"S1":"Maureen O'Connell","S2":"Ravi Shah","S3":"Kwame Asante","S4":"Fiona Drummond","S5":"Beth Ellis","S6":"Carlos Ruiz","S7":"Li Wen"}
LINES='''
S1: Okay, three to get through and Dr Shah's got clinic at two, so let's be quick. Bed four, Mr H.
S2: Medically he's done. Chest's clear, CRP's down to twelve, he's off the IV antibiotics since Sunday. From my side he's fit.
S4: Mobility's back to baseline. He's walking with his frame, did the stairs with me this morning, no problem.
S5: The only thing from OT, he needs a perching stool for the kitchen and a key safe so the carers can get in. His daughter's not local.
S1: And his package of care? He had the four calls a day before, didn't he?
S3: Yes, four calls, same agency. It's been suspended, not cancelled, so they can restart it at forty-eight hours' notice. If I ring them today, Thursday's realistic.
S1: So are we all happy for him to go home Thursday with the package restarted?
S2: Yes.
S4: Yes.
S5: As long as the equipment's there.
S1: Okay. Mr H home on Thursday, package of care restarted. @d_h
S3: I'll ring the agency today and get the four calls restarted from Thursday. @a_poc
S5: And I'll get the key safe and the stool delivered. It has to be in before he goes home on Thursday, so I'll book it for tomorrow or Wednesday. @a_equip
S1: Li, TTOs?
S7: He's on eleven items, two new. I'll want to do a proper meds rec with him because the old blister pack had the amlodipine in it and we've stopped that.
S1: When can they be ready?
S7: If the prescription's written today, I'll have them done by Wednesday afternoon, so they're not holding him up on the day. @a_tto
S2: I'll write it up after clinic. @a_rx
S6: Does he need transport home, or is the daughter coming?
S3: She's driving down Thursday morning, she told me yesterday. So no transport. @x_transport
S7: One more thing on him. He's on the oxycodone liquid as a PRN, does he actually need that going home?
S2: No, he's not used it since Friday. I took it off the chart on the ward round this morning. @x_oxy
S7: Oh, great, I hadn't seen that. Makes my life easier, it's a controlled drug so it would've needed a second check.
S1: Good. Bed nine, Mrs P.
S2: Medically stable. The fracture's healing, pain's controlled on oral. But she's not safe at home yet.
S4: She's managing a few steps with two of us, that's all. She's improving, but slowly. I'd say three or four weeks of rehab.
S6: So we've got two real options. We push for home with a big package and daily visits from the community team, or we refer her to an intermediate care bed at Fernlea for rehab first.
S5: Home is a first floor flat with no lift. I don't see how that works right now.
S6: And the agencies are stretched. I couldn't get four calls a day plus a double-handed lunch call in that postcode this month, I tried for someone else.
S2: Fernlea makes more sense. She gets the rehab and we're not setting her up to bounce back in.
S1: Okay. Fernlea, intermediate care, not home. Everyone agree? @d_p
S4: Yes.
S5: Yes.
S1: Carlos, can you do the referral? @a_ref_ask
S6: I'll get the referral in tomorrow morning. Fernlea's panel is Thursday, so it needs to be in before then anyway. @a_ref
S1: Has the family been told about all this? The son was quite upset last week.
S6: I spoke to him yesterday, he's actually relieved. He's fine with Fernlea. @x_family
S1: Great. Bed twelve, Mr D.
S3: Sorry, is that the gentleman who came up from AMU on Saturday?
S1: That's him.
S2: So he's the one I'm not sure about. He had the episode of breathlessness on Saturday. The echo was done yesterday but it's not reported yet, and I don't want to send him home until I've seen it.
S1: Do we want to set a provisional date?
S2: I'd rather not put a date on him yet. Let's see the echo and pick it up then. @x_d_date
S1: Fine.
S2: I'll chase the report with cardiology this afternoon, I know the registrar. @a_echo
S1: Fiona, can you reassess his mobility in the meantime? He's been in bed most of the weekend.
S4: I'm on leave from tomorrow for a week, sorry. I can't do it. @x_fiona
S4: Jo on my team is covering the ward. I'll hand it over to her today, she can do it by Friday. @a_physio_handover
S1: Friday's okay. So physio reassessment of bed twelve by Friday, Jo covering. @a_physio
S5: She's good, Jo. He'll be in safe hands.
S1: Lovely. Anything else? No? Okay, thanks everyone.
S2: Right, clinic. Thanks all.
'''
DECISIONS=[
 {"text":"The patient in bed 4 is medically fit and will be discharged home on Thursday with his four-calls-a-day package of care restarted.","ev":["d_h"]},
 {"text":"The patient in bed 9 will be referred to an intermediate care bed at Fernlea for rehab rather than going home.","ev":["d_p"]},
]
ACTIONS=[
 {"task":"Ring the care agency to restart bed 4's four-calls-a-day package from Thursday","owner":"Kwame Asante","due_rule":"today","due_text":"today","deliverable":"Package of care restarted","ev":["a_poc"]},
 {"task":"Arrange delivery of a key safe and a perching stool to bed 4's home","owner":"Beth Ellis","due_rule":"this:wed","due_text":"before he goes home on Thursday","deliverable":"Key safe and perching stool installed","ev":["a_equip"]},
 {"task":"Do the medicines reconciliation and prepare bed 4's TTOs","owner":"Li Wen","due_rule":"this:wed","due_text":"by Wednesday afternoon","deliverable":"TTO medicines","ev":["a_tto"]},
 {"task":"Write up bed 4's discharge prescription","owner":"Ravi Shah","due_rule":"today","due_text":"after clinic","deliverable":"Discharge prescription","ev":["a_rx"]},
 {"task":"Submit the intermediate care referral for bed 9 to Fernlea","owner":"Carlos Ruiz","due_rule":"tomorrow","due_text":"tomorrow morning","deliverable":"Fernlea referral","ev":["a_ref_ask","a_ref"]},
 {"task":"Chase the echo report for bed 12 with cardiology","owner":"Ravi Shah","due_rule":"today","due_text":"this afternoon","deliverable":"Echo report","ev":["a_echo"]},
 {"task":"Reassess bed 12's mobility (physiotherapy, Jo covering)","owner":None,"department":"Therapies","due_rule":"this:fri","due_text":"by Friday","deliverable":"Mobility reassessment","ev":["a_physio_handover","a_physio"]},
]
NEXT=None
NOT_ACTIONS=[
 {"ev":["x_transport"],"why":"Question about transport; not needed, daughter is driving him home","kind":"question"},
 {"ev":["x_oxy"],"why":"PRN oxycodone already stopped on the ward round","kind":"completed"},
 {"ev":["x_family"],"why":"Family already told about Fernlea","kind":"completed"},
 {"ev":["x_d_date"],"why":"Discharge date for bed 12 deferred until the echo is reported","kind":"deferred"},
 {"ev":["x_fiona"],"why":"Fiona asked to reassess bed 12 but on leave; handed to Jo (not on the roster)","kind":"reassigned"},
]
EXTRA={"note":"Patients referred to by bed number only. No next meeting set. The physio reassessment goes to Jo, who is not on the roster, so owner is null with department Therapies. Equipment must be in before Thursday's discharge, so due Wednesday."}
