STEM='f_en301_ward_handover'
LANG='en'
MEETING={"title":"Ward 7B morning safety huddle and handover","date":"2026-03-17","start":"07:45","end":"08:10",
 "location":"Ward 7B nurses' station","host":"Joanne Blake","recorder":"Tom Hughes",
 "attendees":[{"name":"Joanne Blake","department":"Ward 7B Nursing","title":"Ward Sister"},
  {"name":"Tom Hughes","department":"Ward 7B Nursing","title":"Staff Nurse"},
  {"name":"Dr Priya Natarajan","department":"General Medicine","title":"Medical Registrar"},
  {"name":"Kwame Asante","department":"Pharmacy","title":"Ward Pharmacist"},
  {"name":"Ellie Marsh","department":"Physiotherapy","title":"Physiotherapist"}],
 "agenda":["Overnight events","Patients of concern","Discharges","Staffing"],
 "consent":{"confirmed":True,"method":"Verbal agreement at start of huddle; no patient names recorded, bed numbers only","by":"Tom Hughes"}}
SPEAKERS={"S1":"Joanne Blake","S2":"Tom Hughes","S3":"Dr Priya Natarajan","S4":"Kwame Asante","S5":"Ellie Marsh"}
LINES='''
S1: Morning all. Quick one, we're two down today so let's keep it tight. Tom, overnight.
S2: Okay. Fairly quiet till about three. Bed 9 spiked a temp, thirty-eight nine, rigors. Cultures were sent at ten past three, and the night SHO started IV antibiotics. @done_cult
S3: Which antibiotics?
S2: Tazocin, per the sepsis protocol. First dose went in at half three.
S3: Okay, fine. He's had loose stools as well, hasn't he?
S2: Three episodes overnight. Stool sample's in the fridge, it still needs to go down to the lab.
S1: Right, if he's loose he can't stay in the bay. Bed 9 goes to the side room this morning, and we barrier nurse until the sample's back. @d_side
S2: Side room 3 is free, it was cleaned last night.
S1: Good. Tom, you move him and get the sample down before you go home. @a_move
S2: Yep, will do. @a_move2
S1: Next. Bed 14, the fall.
S2: She went to the toilet on her own at about five, slipped, no head injury, obs fine. Doctor saw her. I haven't done the Datix yet.
S1: That needs doing by the end of your shift, Tom, please. Not tomorrow. @a_datix
S2: I'll do it before handover to days. Well, I'm the one handing over, so, now basically. @a_datix2
S3: I'd like a lying and standing BP on her as well. She's on three antihypertensives, it might be postural.
S1: Can days pick that up? Who's got bay 3?
S5: Not me, I'm physio, but I'm seeing her at ten anyway for mobility.
S1: I'll get Maria on days to do the lying and standing, I'll tell her after this. @a_bp
S3: And Kwame, could you look at her meds? Three antihypertensives in an eighty-seven-year-old who falls, I'd like a pharmacy view.
S4: Yes, I'll do a full med review on bed 14 this morning, and I'll put my recommendations in the notes before the ward round at eleven. @a_medrev
S3: Perfect.
S1: Discharges. Bed 4.
S3: Bed 4 is medically fit. The question is stairs. He's got fourteen stairs at home and he's been on a frame.
S5: I did a stair assessment yesterday and he managed half a flight. I want to do the full flight before I'm happy.
S1: So can he go tomorrow or not?
S3: From my side he can go tomorrow, as long as Ellie clears him on the stairs.
S1: Okay. Bed 4 discharge tomorrow, on the condition that physio signs off the stairs today. If he doesn't manage, he stays. @d_dis4
S5: I'll do the full stair assessment after lunch, and I'll let you know by three. @a_stairs
S4: If he's going tomorrow, I need the TTOs by two today or pharmacy won't have them ready. @a_tto0
S3: I'll write his TTOs this morning after the round. @a_tto
S1: And transport, I'll book it this afternoon once Ellie's said yes. @a_transport
S1: Bed 21?
S3: Bed 21 was meant to go to the community hospital today but they've got no beds. Could be Thursday, could be next week. Nothing we can do about it really. @b21
S1: Should someone be ringing them every day? I mean, bed management does that anyway. @rhet
S2: They do, yeah.
S1: Staffing. We're two HCAs short on days. I've asked the bank, nothing so far.
S2: Shall I ring round the agency list? @agency1
S1: No, I did it at seven, nobody. If we're still short at lunch I'll escalate to the site manager. @agency2
S1: Last thing. The pressure mattress in bed 17 is alarming again. That's the third time.
S2: Estates said they'd come Friday.
S1: Friday's no good, she's got a grade two sore. Medical equipment library needs to swap it today. I'll phone them after the huddle, but it's their job to bring a new one. @a_mattress0
S1: Actually, Tom, you're going home. I'll do it. And I'll put an incident in about the mattress as well, it's the third time. @a_mattress
S3: Anything else from me, no. I'll be back for the round at eleven.
S1: Okay. Same time tomorrow, quarter to eight. Thanks everyone. @nm
'''
DECISIONS=[
 {"text":"Bed 9 moves to side room 3 this morning and is barrier nursed until the stool sample result is back.","ev":["d_side"]},
 {"text":"Bed 4 is discharged tomorrow on condition that physiotherapy signs off the stairs assessment today; otherwise he stays.","ev":["d_dis4"]},
]
ACTIONS=[
 {"task":"Move bed 9 to side room 3 and send the stool sample to the lab","owner":"Tom Hughes","due_rule":"today","due_text":"before you go home","deliverable":None,"ev":["a_move","a_move2"]},
 {"task":"Complete the Datix incident report for the bed 14 fall","owner":"Tom Hughes","due_rule":"today","due_text":"by the end of your shift","deliverable":"Datix report","ev":["a_datix","a_datix2"]},
 {"task":"Ask Maria on the day shift to do lying and standing blood pressure on bed 14","owner":"Joanne Blake","due_rule":"today","due_text":"after this","deliverable":None,"ev":["a_bp"],"note":"Maria is not at the huddle; Joanne owns passing it on"},
 {"task":"Do a full medication review on bed 14 and put recommendations in the notes","owner":"Kwame Asante","due_rule":"today","due_text":"this morning, before the ward round at eleven","deliverable":"Medication review recommendations in the notes","ev":["a_medrev"]},
 {"task":"Do the full stair assessment on bed 4 and report whether he is cleared","owner":"Ellie Marsh","due_rule":"today","due_text":"after lunch, let you know by three","deliverable":"Stairs assessment result","ev":["a_stairs"]},
 {"task":"Write the TTOs (discharge medicines) for bed 4","owner":"Dr Priya Natarajan","due_rule":"today","due_text":"this morning after the round (pharmacy needs them by two)","deliverable":"TTO prescription","ev":["a_tto0","a_tto"]},
 {"task":"Book discharge transport for bed 4 once physio clears him","owner":"Joanne Blake","due_rule":"today","due_text":"this afternoon","deliverable":"Transport booking","ev":["a_transport"]},
 {"task":"Phone the medical equipment library to swap the bed 17 pressure mattress and file an incident report about it","owner":"Joanne Blake","due_rule":"today","due_text":"after the huddle / today","deliverable":"Replacement mattress; incident report","ev":["a_mattress0","a_mattress"],"note":"Joanne first says she will phone, briefly considers Tom, then keeps it herself"},
]
NEXT={"date_rule":"tomorrow","time":"07:45","ev":["nm"],"text":"Same time tomorrow"}
NOT_ACTIONS=[
 {"ev":["done_cult"],"why":"Blood cultures and IV antibiotics already done overnight","kind":"completed"},
 {"ev":["b21"],"why":"Bed 21 transfer depends on community hospital beds; nothing assigned","kind":"hypothetical"},
 {"ev":["rhet"],"why":"Rhetorical question; bed management already does it","kind":"rhetorical"},
 {"ev":["agency1","agency2"],"why":"Offer to ring the agency declined (already done); escalation only if still short","kind":"declined"},
]
