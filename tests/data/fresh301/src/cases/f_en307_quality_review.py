STEM='f_en307_quality_review'
LANG='en'
MEETING={"title":"Weekly quality review – Telford plant","date":"2026-10-08","start":"09:00","end":"10:15",
 "location":"Quality office, Telford plant","host":"Richard Hale","recorder":"Chloe Evans",
 "attendees":[{"name":"Richard Hale","department":"Plant Management","title":"Plant Manager"},
  {"name":"Ana Costa","department":"Quality","title":"Quality Manager"},
  {"name":"Omar Farouk","department":"Quality","title":"Customer Quality Engineer"},
  {"name":"Chloe Evans","department":"Quality","title":"Metrology Technician"},
  {"name":"Steve Barnes","department":"Production","title":"Production Supervisor"},
  {"name":"Li Wei","department":"Process Engineering","title":"Process Engineer"},
  {"name":"Gary Flint","department":"Maintenance","title":"Maintenance Lead"},
  {"name":"Beata Nowicka","department":"Purchasing","title":"Purchasing Manager"}],
 "agenda":["Customer complaint: cracked door-trim clips (Halden Motors)","Scrap and KPIs","Calibration status","Resin supplier","Customer audit 21 October"],
 "consent":{"confirmed":True,"method":"Audio recorded for minutes, agreed at start","by":"Chloe Evans"}}
SPEAKERS={"S1":"Richard Hale","S2":"Ana Costa","S3":"Omar Farouk","S4":"Chloe Evans","S5":"Steve Barnes","S6":"Li Wei","S7":"Gary Flint","S8":"Beata Nowicka"}
LINES='''
S1: Right, let's go. Big one first. Halden. Omar.
S3: So, Tuesday night Halden's line in Coventry rejected a full box of the 4471 door-trim clips. Cracked at the snap leg when they fitted them. They found nine in about two hundred. They've raised a formal complaint, and they want a containment response in twenty-four hours and an 8D.
S1: Twenty-four hours from when?
S3: From yesterday at two. So two o'clock today.
S1: Great. What have we done?
S2: Quarantine's done. Everything 4471 in the warehouse is on hold, red tagged, that's eleven boxes. I did it myself yesterday afternoon. @done_quar
S3: And there's three boxes in transit, due at Halden tomorrow.
S1: Can we stop those?
S8: I rang the haulier this morning, they're holding them at the Wolverhampton depot. They'll bring them back today. @done_haul
S1: Good. Okay. Containment, then. What are we proposing to Halden?
S2: One hundred percent inspection, here, of everything on hold, plus sorting at Halden of whatever they've got on the line. We send two people.
S5: Two people from where, though? I'm already short, I've got Karen off and the new lad's not signed off on the presses yet, and if you take two off nights I can't run press nine, and press nine's the one that —
S1: Steve, we'll get to people. Ana, keep going.
S2: And we do a flex test on every clip. Bend the leg ninety degrees, if it cracks, it's out. Chloe can write the work instruction in an hour.
S4: Less. It's basically the customer's test. I'll have it done by eleven. @a_wi
S1: Fine. So we're going with a hundred percent flex test here on all held stock, and a sort team at Halden, until the root cause is fixed. @d_contain
S3: I'll send Halden the containment plan by two today. @a_cont
S1: Who goes to Coventry?
S5: Not my press operators, I'm telling you now, I can't.
S2: Agency. We use Sortpro, they've done Halden before, they're approved on Halden's list.
S1: Agency it is. Beata, raise the PO with Sortpro today, two people from tomorrow morning. @a_po
S8: I'll do it straight after this.
S1: Root cause. Li?
S6: Early days. The cracked ones, all of them I've looked at, are from the same cavity. Cavity six of the eight-cavity tool. And they're all from the weekend, Saturday and Sunday nights, moulding dates on the parts.
S7: Saturday night we had the chiller trip. Press nine. About forty minutes before it came back.
S6: So the tool ran hot, or cold. That would do it. Or cavity six has a damaged gate, it's the one we repaired in August.
S1: Which is it?
S6: I don't know yet. I need the process data from the weekend and I need to look at cavity six under the microscope.
S7: I can pull the tool tonight at shift change, it's due a PM anyway. @a_tool
S5: Tonight? I've got a full order of 4471 on that tool tonight. Well, I did, before all this.
S1: Steve, you've got nothing to ship of 4471 until we know. Tool comes out tonight. @d_tool
S5: Okay. Okay. I'll run the 5520 on nine instead.
S6: Then I'll do the cavity inspection tomorrow morning, and pull the chiller and barrel temperatures from the weekend. @a_rc
S1: And the 8D?
S3: Halden want D3, that's containment, today, D4 root cause within ten days, full 8D closed in thirty.
S1: Omar owns the 8D. Li feeds the root cause. @a_8d0
S3: Yes. I'll get D4 to Halden by the eighteenth. That's their ten days, counting from the complaint. @a_8d
S1: The eighteenth's a Sunday.
S3: They're fine with a Sunday, it's a portal. But I'll aim for Friday the sixteenth.
S1: Sixteenth then. Let's not play it close. @a_8d2
S3: Sixteenth.
S1: Scrap. Ana.
S2: Overall scrap was three point one percent last month, target's two. The bulk is press four, short shots on the 3300 housing, and press nine now, obviously.
S1: Three point one. What was it in August?
S2: Two point six. So it's going the wrong way.
S3: And Halden's PPM for us is at a hundred and forty this quarter, before this complaint. Their threshold for a supplier development visit is a hundred and fifty.
S1: So one more box and we're on their list.
S3: We're probably on it already, to be honest.
S1: Lovely. Go on, Ana.
S5: Press four, I keep saying this, it's the dryer. The dryer on press four doesn't get the material down to moisture. I've said it in three of these meetings.
S7: The dryer's been serviced. It's fine.
S5: It was serviced in April, Gary.
S6: We could just test it. Moisture analyser on the hopper, a few samples a shift, a week. Then we know.
S1: Do it. Li, moisture test on press four, a week of samples. @a_moist0
S6: I'll start Monday and have a result end of next week. Well, it's a week of data, so the Monday after. @a_moist
S1: End of next week's fine for a first look. Monday after for the full week. Put the full week down, Chloe. @a_moist2
S4: Noted, the Monday after next.
S1: Calibration. Chloe.
S4: Three gauges are overdue. The height gauge on line two, and two of the pin gauge sets. And the CMM's annual cal is due on the twentieth, which is the day before the audit.
S2: That's cutting it fine.
S1: Can we get the CMM done earlier?
S4: I asked Mitutoyo, they can come on the fourteenth instead. I provisionally booked it. @done_cmm
S1: Confirm it, Chloe. @a_cmm
S4: I'll ring them back today. @a_cmm2
S1: And the overdue ones?
S4: The pin gauges I can do in-house. The height gauge needs to go out.
S1: Get the pin gauges done this week, and the height gauge off to the lab. Gary, you're collecting for the lab anyway on Monday? @a_hg0
S7: Monday, yes. I'll take the height gauge with me. @a_hg
S4: Pin gauges, I'll do them Friday — no, sorry, Thursday, today's Thursday. Tomorrow, Friday. @a_pin
S1: Which one?
S4: Tomorrow. Friday.
S1: Good. Resin. Beata.
S8: Right. Polymax have told us their price goes up eleven percent from January. And honestly their delivery's been late twice this quarter.
S2: And the lot on the weekend, the 4471 resin, was it a Polymax lot?
S8: It was. Lot 2291-B.
S6: I'd want the CoA for that lot. Certificate of analysis. If the melt flow's out of spec that could be the whole story.
S8: I'll get the certificate from Polymax today. @a_coa
S1: Beata, you were planning a visit to Polymax, weren't you? @visit0
S8: Next week, yes, with Li.
S1: I'd hold off on that. Until we know whether it's their material or our tool, I don't want us in their office waving a complaint around. Cancel the visit for now. @visit1
S8: Okay, I'll move it. I'll cancel for now.
S1: What about a second supplier?
S8: I've got quotes from two. Kemplast and Arden Polymers. Arden's seven percent cheaper than Polymax's new price.
S2: We can't just switch resin on a Halden part. It's a PPAP change, that's months.
S8: I know, I know, I'm saying for new business.
S1: Right. This is a bigger discussion, with sales. Not today. Beata, put a one-pager together on the two suppliers and we'll take it at the management meeting. @a_sup0
S8: When's that?
S1: The twenty-seventh.
S8: I'll have it ready for the twenty-seventh. @a_sup
S1: Last. The Halden audit on the twenty-first. Process audit, VDA 6.3, two days.
S2: Honestly, with an open complaint, they'll go straight to this line.
S1: Then we'd better have our house in order. Ana, I want a mock audit of the 4471 line before then. @a_mock0
S2: I'll run it. Monday the nineteenth, with Omar. We need a couple of days to fix what we find, so actually, no, it has to be earlier. Wednesday the fourteenth. @a_mock
S3: I'm at Halden on the fourteenth for the sort, at least the morning.
S2: Afternoon then. Fourteenth, afternoon.
S5: Do you want my team's training records for the audit? Because, honestly, some of them are, they're in a drawer, they're not on the system. @train1
S2: Yes. Obviously yes. Steve, get every operator's training record on the 4471 line onto the system before the audit. @a_train
S5: Before the twenty-first. Okay. I'll have a go. It's a lot of paper.
S1: Not "have a go". Before the twenty-first, Steve.
S5: Before the twenty-first. Yes. @a_train2
S1: Anything else?
S7: The forklift. The reversing alarm on the blue one's dead.
S1: Should somebody be... no, you're maintenance, Gary, that's you. @fork_rhet
S7: Yeah, I know. I've ordered the part, it's coming Monday. I'll fit it Monday. @a_fork
S1: Okay. So. Containment today, sort team tomorrow, D4 on the sixteenth, mock audit on the fourteenth, Polymax visit cancelled for now. Same time next Thursday. @nm
S2: And let's get a call with Halden in between. Omar?
S3: I'll set one up for Monday. @a_halcall
S1: Good. Thanks everyone.
'''
DECISIONS=[
 {"text":"Containment for the 4471 clips: 100% flex test in-house on all held stock plus an agency sort team at Halden, until the root cause is fixed.","ev":["d_contain"]},
 {"text":"The Halden sort team will be agency staff from Sortpro (approved on Halden's list), not production operators.","ev":["a_po"]},
 {"text":"The 4471 tool (press nine) is pulled tonight for inspection; no 4471 is run or shipped until the cause is known.","ev":["d_tool"]},
 {"text":"The planned supplier visit to Polymax is cancelled for now, until it is known whether the cause is the material or the tool.","ev":["visit1"]},
]
ACTIONS=[
 {"task":"Write the work instruction for the 100% flex test of 4471 clips","owner":"Chloe Evans","due_rule":"today","due_text":"by eleven","deliverable":"Flex test work instruction","ev":["a_wi"]},
 {"task":"Send Halden the containment plan","owner":"Omar Farouk","due_rule":"today","due_text":"by two today","deliverable":"Containment plan to Halden","ev":["a_cont"]},
 {"task":"Raise a purchase order with Sortpro for two sorters at Halden from tomorrow morning","owner":"Beata Nowicka","due_rule":"today","due_text":"today / straight after this","deliverable":"Purchase order","ev":["a_po"]},
 {"task":"Pull the 4471 tool from press nine at shift change","owner":"Gary Flint","due_rule":"today","due_text":"tonight","deliverable":None,"ev":["a_tool"]},
 {"task":"Inspect cavity six and pull the weekend chiller and barrel temperature data","owner":"Li Wei","due_rule":"tomorrow","due_text":"tomorrow morning","deliverable":"Cavity inspection and process data","ev":["a_rc"]},
 {"task":"Send the 8D D4 (root cause) to Halden","owner":"Omar Farouk","due_rule":"md:10-16","due_text":"by the eighteenth -> Friday the sixteenth","deliverable":"8D D4 report","ev":["a_8d0","a_8d","a_8d2"],"note":"Omar said the 18th (a Sunday); chair moved it to the 16th"},
 {"task":"Run a week of moisture tests on the press four dryer/hopper material","owner":"Li Wei","due_rule":"next2:mon","due_text":"end of next week for a first look; the Monday after for the full week","deliverable":"Moisture test results","ev":["a_moist0","a_moist","a_moist2"],"note":"Chair: put the full week (Monday 19 October) down"},
 {"task":"Confirm the Mitutoyo CMM annual calibration for 14 October","owner":"Chloe Evans","due_rule":"today","due_text":"today","deliverable":"Confirmed booking","ev":["a_cmm","a_cmm2"]},
 {"task":"Take the line-two height gauge to the calibration lab","owner":"Gary Flint","due_rule":"next:mon","due_text":"Monday","deliverable":None,"ev":["a_hg0","a_hg"]},
 {"task":"Calibrate the two overdue pin gauge sets in-house","owner":"Chloe Evans","due_rule":"tomorrow","due_text":"Friday — no, Thursday — tomorrow, Friday","deliverable":None,"ev":["a_pin"]},
 {"task":"Get the certificate of analysis for Polymax resin lot 2291-B","owner":"Beata Nowicka","due_rule":"today","due_text":"today","deliverable":"Certificate of analysis","ev":["a_coa"]},
 {"task":"Prepare a one-page comparison of Kemplast and Arden Polymers for the management meeting","owner":"Beata Nowicka","due_rule":"md:10-27","due_text":"for the twenty-seventh","deliverable":"Supplier one-pager","ev":["a_sup0","a_sup"]},
 {"task":"Run a mock VDA 6.3 process audit of the 4471 line with Omar","owner":"Ana Costa","due_rule":"md:10-14","due_text":"Monday the nineteenth -> Wednesday the fourteenth, afternoon","deliverable":"Mock audit findings","ev":["a_mock0","a_mock"],"note":"Ana corrected herself from the 19th to the 14th"},
 {"task":"Put every 4471-line operator's training record onto the system","owner":"Steve Barnes","due_rule":"eve:10-21","due_text":"before the twenty-first","deliverable":"Training records on the system","ev":["a_train","a_train2"]},
 {"task":"Fit the new reversing alarm on the blue forklift","owner":"Gary Flint","due_rule":"next:mon","due_text":"Monday","deliverable":None,"ev":["a_fork"]},
 {"task":"Set up a call with Halden","owner":"Omar Farouk","due_rule":"next:mon","due_text":"for Monday","deliverable":"Call with Halden","ev":["a_halcall"]},
]
NEXT={"date_rule":"next:thu","time":"09:00","ev":["nm"],"text":"Same time next Thursday"}
NOT_ACTIONS=[
 {"ev":["done_quar"],"why":"Quarantine of warehouse stock already done","kind":"completed"},
 {"ev":["done_haul"],"why":"In-transit boxes already held by the haulier","kind":"completed"},
 {"ev":["done_cmm"],"why":"CMM calibration already provisionally booked for the 14th ","kind":"completed"},
 {"ev":["visit0"],"why":"Polymax visit planned for next week, cancelled in the meeting","kind":"cancelled"},
 {"ev":["train1"],"why":"Steve's question; the task itself is assigned by Ana in the next turn","kind":"question"},
 {"ev":["fork_rhet"],"why":"Rhetorical 'should somebody', answered by Gary's own task","kind":"rhetorical"},
]
EXTRA={"note":"Several speakers talk over each other (Steve cut off by the chair). Two self-corrections of dates (D4: 18th->16th; mock audit: 19th->14th; pin gauges: Friday/Thursday/Friday)."}
