STEM='f_en538_water_outage_review'
LANG='en'
MEETING={"title":"Post-Incident Review: Rietfontein Trunk Main Burst, 24-25 November","date":"2026-12-02","start":"09:00","end":"10:50",
 "location":"Boardroom, Kwena Valley Water Head Office",
 "host":"Sipho Ndlovu","recorder":"Zanele Mthembu",
 "attendees":[
  {"name":"Sipho Ndlovu","department":"Operations","title":"General Manager: Operations"},
  {"name":"Zanele Mthembu","department":"Office of the GM","title":"Executive Assistant"},
  {"name":"Annelie Botha","department":"Network Maintenance","title":"Maintenance Manager"},
  {"name":"Rakesh Naidoo","department":"Customer Services","title":"Customer Services Manager"},
  {"name":"Lindiwe Khumalo","department":"Communications","title":"Communications Lead"},
  {"name":"Gareth Hughes","department":"Asset Management","title":"Senior Asset Engineer"},
  {"name":"Johan Pretorius","department":"Control Room","title":"Control Room Supervisor"},
  {"name":"Thabo Sithole","department":"Water Quality","title":"Water Quality Scientist"}],
 "agenda":["Incident timeline","Alarm response","Isolation and valves","Alternative supply and tankers","Customer communication","Complaints and claims","Water quality after restoration","Root cause and long-term asset plan","Actions and next review"],
 "consent":{"confirmed":True,"method":"GM announced the recording for the incident report; all present agreed","by":"Zanele Mthembu"}}
SPEAKERS={"S1":"Sipho Ndlovu","S2":"Zanele Mthembu","S3":"Annelie Botha","S4":"Rakesh Naidoo","S5":"Lindiwe Khumalo","S6":"Gareth Hughes","S7":"Johan Pretorius","S8":"Thabo Sithole"}
LINES='''
S1: Morning, colleagues. Let's start, we've got a lot to cover. Zanele is recording so that she can write the incident report, everyone is fine with that? Good.
S1: I want to say at the start, this is not a blame session. Forty-one thousand households were without water for thirty-eight hours. I want to understand what went wrong and fix it, that's all.
S1: Johan, take us through the timeline, please.
S7: Okay. At two-fourteen on the Tuesday morning, the twenty-fourth, we got a low pressure alarm on the Rietfontein trunk main, at the pump station outlet.
S7: The alarm was acknowledged at two fifty-six. So, forty-two minutes.
S1: Forty-two minutes. Why?
S7: The operator on shift was dealing with a power dip at the Kloof reservoir. There were about thirty alarms coming in at the same time, and the pressure one was in the list with all the others.
S6: Was it flagged as a priority alarm on the SCADA?
S7: No, that's the problem. It's set up as a normal alarm, same as a door sensor.
S6: Right. That's something we should have caught years ago, to be fair.
S7: Then at three twenty, the standby engineer was called. He was on site by ten past four and confirmed the burst, a big one, in the road by the Voortrekker Street robot.
S1: What time did we know it was the trunk main and not one of the smaller pipes?
S7: About quarter past four, when he phoned in. He said you could hear it from the car.
S3: It had lifted the road surface about two metres either side. The traffic light on the corner was leaning over.
S4: The traffic department phoned us at six about the robot, actually. They thought it was a car accident.
S1: Shame, man. Was anyone hurt?
S3: No, thank God. At that hour the road was empty.
S4: Was the standby engineer reachable? We had a complaint that nobody answered the phone at the depot.
S7: He was reachable, he answered first time. The depot line isn't manned at night, it goes to the control room. That's a different issue. @x_standby
S1: Okay. So the first thing I want fixed is the alarm. Johan, what do you propose?
S7: Any pressure alarm on a bulk main goes to the top of the list, and the operator phones the standby engineer within fifteen minutes, no matter what else is happening.
S6: And we reclassify those alarms on the SCADA as priority one. That's a small config change.
S1: Good. Then that's the rule from today. A pressure alarm on any bulk main is escalated to the standby engineer within fifteen minutes, whatever else is going on. @d_alarm
S1: Johan, I want the procedure updated and every shift briefed. @a_proc0
S7: All four shifts. I'll have it done within fourteen days, some of the guys are on nights so I need to catch them all. @a_procedure
S1: Fourteen days is fine. Annelie, the isolation.
S3: Ja. So my team was on site by about half past four. The plan was to close V-17, that's the valve just upstream, and that would have kept Zone 4 on supply.
S3: V-17 would not move. It's seized. We had four guys on the key, and we even tried the hydraulic actuator from the truck. Nothing.
S1: When was it last exercised?
S3: Honestly? I looked it up. Twenty-nineteen.
S1: Eish.
S3: So we had to go out further and close V-19 and V-21, and that's why Zone 4 also lost supply. Then, once we got to V-19, that one was also very stiff. We got it closed in the end, but it took forty minutes.
S6: If V-19 had also seized, we'd have had to go back to the reservoir outlet, and then Zone 5 would have been off as well. @x_zone5
S1: So V-17 and V-19 need replacing.
S3: Both of them. And, to be honest, I don't know what state the other valves on that main are in. I want to do a full valve exercising programme for all the bulk main valves.
S1: How many valves?
S3: About a hundred and forty on the bulk mains.
S4: That's a lot of road closures.
S3: It's mostly in the verge, not the road. I'll put together the programme, which valves, what order, how many teams. I can have the plan by the eighteenth, before everyone goes on leave. @a_exercise
S1: Good. And V-17 and V-19. Gareth, is that in the capex plan?
S6: Not for this year. The next valve replacement budget is in the twenty-seven twenty-eight capex.
S1: We can't wait a year and a half on that. I'm making the call. V-17 and V-19 are replaced as emergency works in January, and we fund them from the maintenance reserve. I'll sign it off. @d_valves
S3: Thank you. I'll get the order for the two valves in by Friday, there's a six week lead time on the big ones. @a_order
S6: Can I say, from the asset side, the whole Rietfontein main is steel from nineteen seventy-four. This burst is the third on that section in five years. Really, we should be looking at replacing the whole section.
S1: Gareth, I agree with you, but that's a three hundred million rand conversation. That's for the capex budget session in February, not today. Let's hold it there. @x_replace
S6: Understood. I'll have the failure analysis by then anyway.
S1: Tell me about the failure analysis.
S6: We cut out a section of the pipe and sent it to the lab at the university. Corrosion, external probably, but I want to see the wall thickness. I'll write up the failure analysis when the lab results come back. Probably mid-January. @a_failure
S1: Annelie, the repair itself. Thirty-eight hours is long. Where did the time go?
S3: The excavation took most of the first day. Groundwater, and there's a Telkom duct and an eleven kV cable right next to the main. We had to wait for Eskom to come and mark the cable before we could dig with the machine.
S1: How long did we wait for Eskom?
S3: Nearly three hours. They came at ten past nine.
S6: We've got their cable drawings in the GIS, but they won't let anyone dig on drawings alone, they want their own person on site.
S3: Then the pipe. Luckily we had a nine hundred mil steel section in the stores, but the couplings had to come from the Germiston depot.
S1: And if we hadn't had the pipe in stores?
S3: Then we'd be talking days, not hours.
S3: The welding and wrapping was finished about eleven on the Wednesday morning, then we charged the main slowly, and supply was back at about twenty past four in the afternoon.
S8: Zone 3 came back first, Zone 4 about an hour later because of the high points.
S1: Okay. I'm not unhappy with the repair itself, honestly. The teams worked through two nights.
S1: Fine. Alternative supply. Who's got the tankers?
S3: Us, with Rakesh's team doing the scheduling.
S4: So, we have twelve municipal tankers. By six in the morning we had four out. By eleven we had nine. Three were in the workshop.
S4: The hospital was first priority and we kept it going. But the Zone 4 clinic ran out at about two in the afternoon, they had to turn away patients.
S5: That was all over Facebook by three o'clock, with photos.
S1: That's what hurts the most for me, the clinic.
S4: The problem is, twelve tankers is just not enough for forty thousand households. It's not even close.
S1: So let's just buy four more tankers. @x_buy0
S4: That would help.
S6: Sipho, sorry, a new tanker is about one point eight million each, plus a driver, plus maintenance, and it sits in the yard most of the year.
S1: Ja, okay, I said that too quickly. Forget buying tankers. @x_buy
S4: The other option is a framework agreement with private tanker contractors. We only pay when we call them out. Tshwane does it like that.
S1: That makes more sense. Let's go with the framework, two private contractors on standby. @d_framework
S4: That has to go out on tender through Supply Chain.
S1: Then that's one for Supply Chain. They must get the tender out by the end of January. @a_tender
S1: Lindiwe, communication.
S5: Okay. I'll be honest, we didn't do well. The first SMS to customers went out at eight-forty. That's six and a half hours after the burst.
S5: By then people had woken up, turned on the taps, and nothing. The call centre had nine hundred calls before eight.
S4: And the agents had nothing to tell them, because we didn't have a script.
S5: The reason it was late is that nobody told us. Comms wasn't on the call-out list. I found out from the control room at seven.
S5: We did get social media going from about nine, with updates every two hours. The ward councillors were the hardest, they were all phoning me personally.
S1: Councillor Mahlangu phoned me at eleven at night.
S5: He phoned me at midnight, so you got off lightly.
S4: And the call centre stayed open until ten both nights, the overtime was approved on the day.
S1: Okay, that changes today. Comms goes on the call-out list. Johan?
S7: I'll add Lindiwe and her standby to the list, that's a five minute job. I'll do it today. @a_callout
S1: And I want a standard for it. Any unplanned outage affecting more than five hundred households, the first SMS goes out within one hour of the outage being confirmed. @d_sms0
S5: One hour is tight, but doable if we have templates ready.
S1: Then that's our standard. One hour. @d_sms
S1: Johan, can you put together the template for the outage messages?
S7: Sipho, with respect, that's not really a control room thing. Lindiwe's team writes all the customer messages. @x_johan
S5: Ja, leave it with us. I'll draft a revised outage template, with the SMS, the website text and a call centre script. I can have it by Friday. @a_template
S1: Friday. Good.
S1: Rakesh, complaints and claims.
S4: So far, two thousand three hundred complaints logged. And eighty-six claims, mostly businesses. Restaurants that had to close, a laundromat, two car washes, and a few households claiming for bottled water.
S1: What's the biggest single claim?
S4: A private dialysis clinic in Zone 4. They had to move patients to the hospital by ambulance. Their claim is about three hundred thousand rand.
S6: Eish. That one will go to legal, surely.
S4: It's already with legal, I sent it on Monday.
S1: And the households?
S4: Most are under a thousand rand, bottled water and a few burst geysers when the pressure came back.
S4: I wanted to raise one thing. Could we give a blanket credit on the December bill to every affected household? Like a goodwill gesture.
S1: I understand why, Rakesh, but we can't. The tariff policy doesn't allow a blanket credit, and council would have to approve it. People who had real losses go through the claims process. @x_credit
S4: Okay. Understood.
S1: I'm presenting to the portfolio committee on the fifteenth. I need your complaints and claims summary before then, with the numbers by zone. @a_claims0
S4: You'll have it before the fifteenth. @a_claims
S1: Thabo, water quality.
S8: So, after restoration on Wednesday afternoon, we had discoloured water complaints across Zone 3, as you'd expect after a big pressure loss.
S8: We flushed the hydrants in both zones on Thursday and Friday, and we did sampling at twenty-two points. All results came back compliant with SANS 241, the last ones on Monday. It's done, it's closed. @x_wq
S1: Good. Thank you, Thabo. Anything else on quality?
S8: Only that it would help if the control room told us when supply is restored, not the next morning.
S7: That's fair. Noted.
S1: Okay. Zanele, the incident report.
S2: I've got everyone's timelines from last week's emails, so I'll put the draft together from those and today's recording.
S3: Mine had a mistake in the V-19 time, it was three fifty, not three fifteen.
S2: Okay, I'll use three fifty.
S2: Then I'll circulate the draft incident report by Thursday next week. @a_report
S1: Thursday the tenth. That gives me time before the committee. Good.
S1: Right, let me sum up. Alarm escalation within fifteen minutes. V-17 and V-19 replaced in January. A tanker framework instead of buying tankers. First SMS within an hour.
S1: Let's do a follow-up review in the new year to check where we are. Wednesday the thirteenth of January, nine o'clock, here. @nm
S2: The thirteenth, nine o'clock. Noted.
S1: Thank you, everyone. And thank you to the teams who were in that trench for thirty-eight hours. Please pass that on.
'''
DECISIONS=[
 {"text":"From today, any pressure alarm on a bulk main is escalated to the standby engineer within fifteen minutes, whatever else is happening","ev":["d_alarm"]},
 {"text":"Valves V-17 and V-19 replaced as emergency works in January, funded from the maintenance reserve","ev":["d_valves"]},
 {"text":"A framework agreement with two private tanker contractors on standby instead of buying more tankers","ev":["d_framework"]},
 {"text":"For any unplanned outage affecting more than 500 households, the first customer SMS goes out within one hour of the outage being confirmed","ev":["d_sms0","d_sms"]},
]
ACTIONS=[
 {"task":"Update the alarm escalation procedure and brief all four control room shifts","owner":"Johan Pretorius","due_rule":"days:14","due_text":"within fourteen days","deliverable":"Updated escalation procedure; shift briefings","ev":["a_proc0","a_procedure"]},
 {"task":"Prepare a valve exercising programme for all bulk main valves","owner":"Annelie Botha","due_rule":"dom:18","due_text":"by the eighteenth, before everyone goes on leave","deliverable":"Valve exercising programme","ev":["a_exercise"]},
 {"task":"Place the order for the two replacement valves V-17 and V-19","owner":"Annelie Botha","due_rule":"this:fri","due_text":"by Friday","deliverable":"Valve order","ev":["a_order"]},
 {"task":"Write up the failure analysis of the burst pipe section once the lab results are in","owner":"Gareth Hughes","due_rule":None,"due_text":"when the lab results come back, probably mid-January","deliverable":"Failure analysis report","ev":["a_failure"]},
 {"task":"Issue the tender for a framework agreement with private tanker contractors","owner":None,"department":"Supply Chain Management","due_rule":"md:01-31","due_text":"by the end of January","deliverable":"Tanker framework tender","ev":["a_tender"]},
 {"task":"Add the communications lead and her standby to the outage call-out list","owner":"Johan Pretorius","due_rule":"today","due_text":"today","deliverable":"Updated call-out list","ev":["a_callout"]},
 {"task":"Draft a revised outage communication template (SMS, website text, call centre script)","owner":"Lindiwe Khumalo","due_rule":"this:fri","due_text":"by Friday","deliverable":"Outage communication template","ev":["a_template"]},
 {"task":"Prepare the complaints and claims summary with numbers by zone for the portfolio committee","owner":"Rakesh Naidoo","due_rule":"eve:12-15","due_text":"before the portfolio committee on the fifteenth","deliverable":"Complaints and claims summary","ev":["a_claims0","a_claims"]},
 {"task":"Circulate the draft incident report","owner":"Zanele Mthembu","due_rule":"next:thu","due_text":"by Thursday next week","deliverable":"Draft incident report","ev":["a_report"]},
]
NEXT={"date_rule":"md:01-13","time":"09:00","ev":["nm"],"text":"Follow-up review of the incident actions"}
NOT_ACTIONS=[
 {"ev":["x_standby"],"why":"Question whether the standby engineer was reachable, answered","kind":"question"},
 {"ev":["x_replace"],"why":"Replacing the whole 1974 steel section held over to the February capex session","kind":"deferred"},
 {"ev":["x_buy0","x_buy"],"why":"Buying four more tankers proposed and withdrawn","kind":"superseded","target":"decision"},
 {"ev":["x_johan"],"why":"Outage template first asked of the control room, taken by Communications","kind":"reassigned"},
 {"ev":["x_credit"],"why":"Blanket bill credit for affected households refused","kind":"rejected"},
 {"ev":["x_wq"],"why":"Flushing and sampling already completed, all compliant","kind":"completed"},
]
EXTRA={"note":"South African water utility post-incident review. The complaints summary must be ready before the portfolio committee on 15 December, so it is due on the 14th. The Supply Chain tender is a department duty with no named owner (due 31 January 2027)."}
