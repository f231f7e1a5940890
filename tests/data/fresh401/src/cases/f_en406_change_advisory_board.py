STEM='f_en406_change_advisory_board'
LANG='en'
MEETING={"title":"Weekly Change Advisory Board","date":"2026-06-18","start":"15:00","end":"15:45",
 "location":"Teams","host":"Anjali Deshpande","recorder":"Vikram Iyer",
 "attendees":[{"name":"Anjali Deshpande","department":"IT Service Management","title":"Change Manager"},
  {"name":"Vikram Iyer","department":"IT Service Management","title":"Change Analyst"},
  {"name":"Suresh Venkataraman","department":"Infrastructure","title":"Network Lead"},
  {"name":"Megan Holloway","department":"Applications","title":"SAP Team Lead"},
  {"name":"Farid Haddad","department":"Security","title":"Security Architect"},
  {"name":"Deepa Nair","department":"Service Desk","title":"Service Desk Manager"}],
 "agenda":["Review of last week's changes","CHG-4471 core switch firmware","CHG-4480 SAP support pack","CHG-4483 MFA for VPN","Freeze period"],
 "consent":{"confirmed":True,"method":"CAB calls are recorded by default; stated in the invite","by":"Vikram Iyer"}}
SPEAKERS={"S1":"Anjali Deshpande","S2":"Vikram Iyer","S3":"Suresh Venkataraman","S4":"Megan Holloway","S5":"Farid Haddad","S6":"Deepa Nair"}
LINES='''
S1: Okay, I think we have quorum. Farid is joining, he said two minutes. Vikram, can you start with last week?
S2: Yes. So last week we had eleven changes implemented, ten successful, one rolled back, that was CHG-4462, the printer driver update. Rolled back on Saturday itself.
S1: Do we know why?
S2: The driver was not signed for the older models. Desktop team is repackaging.
S6: We had around forty tickets on Monday morning from that, just to say. Finance floor mostly.
S1: Okay. Vikram, please make sure the PIR for 4462 is done and uploaded before next CAB. @a_pir
S2: Sure, I will do it.
S1: Next, 4471. Suresh.
S3: Yes, so this is the core switch firmware upgrade in the primary data centre. Vendor has flagged a vulnerability, it is rated high. We want to do it this Saturday night, twenty-second, no, sorry, twentieth, Saturday is the twentieth. Window is eleven PM to three AM.
S1: Rollback?
S3: Rollback is to reload the previous image, around twenty minutes per switch. We have two in the pair, we do one at a time, so there should be no outage, only a failover.
S4: Should be.
S3: Should be. We tested it in the lab last week, failover was under one second.
S5: Hi, sorry, I'm here. From security side we want this done, that vulnerability is being exploited in the wild.
S1: Okay. Any concerns? Megan, SAP batch runs on Saturday night, no?
S4: Month-end batch is not until the twenty-seventh, so this Saturday is fine for us.
S1: Okay then 4471 is approved for Saturday twentieth, eleven to three. @d_4471
S3: Thank you. I'll send the comms to the service desk tomorrow. @a_comms
S6: Please send it by tomorrow noon, I need to brief the weekend shift.
S3: Noon, okay.
S1: 4480. Megan.
S4: So this is the SAP support pack, SP twenty-four. We were planning for the twenty-seventh.
S1: The same weekend as month-end batch?
S4: Yes, that's the problem, I know. The reason is the auditors want it before quarter close.
S5: Has it gone through regression testing?
S4: Eighty percent. The remaining is the payroll scripts, and those are with HR to sign off.
S1: I'm not comfortable approving it with payroll not signed off. Honestly.
S4: That's fair.
S1: So what I will do, I'll approve it conditionally: if HR signs off the payroll test scripts by Wednesday, it goes on the twenty-seventh. If not, it moves to July. @d_4480
S4: Okay. I'll chase HR. @a_hr
S6: Can we not have the same weekend as month-end? If something breaks, service desk is getting calls from finance and payroll together.
S4: Batch finishes by Saturday six PM, the support pack starts Sunday morning. They don't overlap.
S6: Okay, as long as they don't overlap.
S1: Megan, please update the change record with the condition, and with the Sunday timing. @a_record
S4: Yes, I'll do it today.
S1: 4483. Farid.
S5: This is MFA enforcement on the VPN for all users. Currently it's optional, about sixty percent of users are enrolled. We want to enforce it from first July.
S6: Forty percent of users not enrolled means I'm getting maybe two thousand calls on first July.
S5: That's why we do a comms campaign before.
S6: Two weeks is not enough for the campaign.
S1: I agree with Deepa. I'm not approving first July. What is realistic?
S5: If we do comms for four weeks, then end of July. Say twenty-seventh of July, a Monday.
S1: Deepa, is that okay?
S6: Better. I would want a reminder each week.
S1: Okay. 4483 is rejected for first July, Farid please resubmit for the twenty-seventh with a comms plan. @d_4483
S5: Fine. I'll resubmit it next week with the comms plan. @a_resubmit
S6: And someone from security should do a drop-in session for the users who are not comfortable. @dropin
S5: We can look at that. @dropin2
S1: Last item, the freeze period. The year-end freeze, we are proposing fifteenth December to fifth January.
S3: Last year it was from the twentieth.
S1: Last year we had three P1s in the week before Christmas. So fifteenth.
S4: For SAP the fifteenth is fine.
S1: Any objections? No? Okay, freeze is fifteenth December to fifth January. @d_freeze
S2: I'll publish it on the intranet.
S1: Actually Vikram, hold that. The CIO wants to announce it himself in his update, so don't publish it. @cancel_pub
S2: Okay, I won't.
S1: Anything else? Okay. Next CAB same time next Thursday. Thanks everyone. @nm
'''
DECISIONS=[
 {"text":"CHG-4471 (core switch firmware upgrade) approved for Saturday 20 June, 23:00–03:00.","ev":["d_4471"]},
 {"text":"CHG-4480 (SAP support pack SP24) approved conditionally: goes ahead the weekend of 27 June (Sunday morning, after the month-end batch) only if HR signs off the payroll test scripts by Wednesday; otherwise it moves to July.","ev":["d_4480"]},
 {"text":"CHG-4483 (MFA enforcement on VPN) rejected for 1 July; to be resubmitted for 27 July with a comms plan.","ev":["d_4483"]},
 {"text":"Year-end change freeze set from 15 December to 5 January.","ev":["d_freeze"]},
]
ACTIONS=[
 {"task":"Complete and upload the post-implementation review for CHG-4462 (rolled-back printer driver)","owner":"Vikram Iyer","due_rule":"next_meeting","due_text":"before next CAB","deliverable":"PIR for CHG-4462","ev":["a_pir"],"note":"'Before next CAB' taken as the next CAB date, as in earlier batches"},
 {"task":"Send the CHG-4471 change communication to the service desk","owner":"Suresh Venkataraman","due_rule":"tomorrow","due_text":"tomorrow; by tomorrow noon","deliverable":"Change communication","ev":["a_comms"]},
 {"task":"Chase HR to sign off the payroll test scripts for CHG-4480","owner":"Megan Holloway","due_rule":"next:wed","due_text":"by Wednesday","deliverable":"HR sign-off","ev":["a_hr"]},
 {"task":"Update the CHG-4480 change record with the condition and the Sunday timing","owner":"Megan Holloway","due_rule":"today","due_text":"today","deliverable":"Updated change record","ev":["a_record"]},
 {"task":"Resubmit CHG-4483 for 27 July with a four-week comms plan","owner":"Farid Haddad","due_rule":"next:sun","due_text":"next week","deliverable":"Resubmitted change with comms plan","ev":["a_resubmit"]},
]
NEXT={"date_rule":"next:thu","time":"15:00","ev":["nm"],"text":"Same time next Thursday"}
NOT_ACTIONS=[
 {"ev":["dropin","dropin2"],"why":"Drop-in session suggested to 'someone from security'; 'we can look at that' – not taken","kind":"group"},
 {"ev":["cancel_pub"],"why":"Publishing the freeze dates on the intranet was cancelled; the CIO will announce it","kind":"cancelled"},
]
EXTRA={"note":"Suresh corrects the date: 'twenty-second, no, sorry, twentieth'. 'Wednesday' for HR sign-off is the coming Wednesday (24 June)."}
