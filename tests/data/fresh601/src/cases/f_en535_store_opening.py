STEM='f_en535_store_opening'
LANG='en'
MEETING={"title":"Leeds Kirkstall New Store Opening - Weekly Project Meeting","date":"2026-07-10","start":"08:30","end":"10:00",
 "location":"Holt & Finch Regional Office, Leeds, and Teams",
 "host":"Rachel Dawson","recorder":"Amira Hussain",
 "attendees":[
  {"name":"Rachel Dawson","department":"Retail Operations","title":"Regional Manager"},
  {"name":"Amira Hussain","department":"Retail Operations","title":"Operations Coordinator"},
  {"name":"Gavin Pillay","department":"New Stores","title":"Project Manager"},
  {"name":"Chloe Barker","department":"Store Management","title":"Store Manager, Leeds Kirkstall"},
  {"name":"Ben Sutcliffe","department":"Visual Merchandising","title":"VM Lead"},
  {"name":"Jasmine Lim","department":"Marketing","title":"Local Marketing Manager"},
  {"name":"Steve O'Connor","department":"Facilities","title":"Facilities Manager"},
  {"name":"Lauren Pike","department":"People","title":"HR Business Partner"},
  {"name":"Daniel Osei","department":"IT","title":"Store Systems Analyst"}],
 "agenda":["Build progress and handover","Security and facilities","Stock deliveries","Recruitment and training","Tills and network","Trading hours","Opening event and marketing","AOB"],
 "consent":{"confirmed":True,"method":"Teams recording banner; Rachel confirmed at the start that recording is for the action log","by":"Amira Hussain"}}
SPEAKERS={"S1":"Rachel Dawson","S2":"Amira Hussain","S3":"Gavin Pillay","S4":"Chloe Barker","S5":"Ben Sutcliffe","S6":"Jasmine Lim","S7":"Steve O'Connor","S8":"Lauren Pike","S9":"Daniel Osei"}
LINES='''
S1: Morning all. Can the people on Teams hear me? Daniel, Jasmine?
S9: Yep, you're fine.
S6: Can hear you, Rachel, but the camera's showing the ceiling.
S1: That's the best angle of me anyway. Right, Amira's recording for the action log as usual. Four weeks tomorrow till we open, so let's keep it tight. Gavin, build.
S3: Morning. So, the good news first. The fascia went up on Tuesday, it's lit, it looks lekker. @x_fascia
S4: I drove past last night, it looks brilliant. People were taking photos.
S3: The shopfitters are on the fitting rooms and the stockroom racking this week. The snag list is at sixty-two items, mostly small stuff, paint, ceiling tiles, two fire doors that don't close properly.
S1: And the handover date is still the twenty-second?
S3: Wednesday the twenty-second, yes. The contractor is confident. I'm, let's say, cautiously confident.
S1: What happens if it slips?
S3: If it slipped past the twenty-second, we'd be squeezing the stock and the fixtures into a week, and then honestly we'd have to have a conversation about the opening date. But we're not there. @x_slip
S1: I want that date in writing from them, not just a phone call. Can you get the snag list closed out and the handover date confirmed in writing? @a_hand0
S3: I'll get both from them. By close of play Wednesday. @a_handover
S1: Good. Steve.
S7: Right. So the intruder alarm and the CCTV. The security contractor is booked, but they need the ceiling finished in the sales area before they can fit the domes.
S3: Ceiling's finished Monday.
S7: Grand, so then I'll get them in and have the alarm and the CCTV commissioned before the handover on the twenty-second. We can't take the building without an alarm, insurance won't have it. @a_alarm
S1: Absolutely. Anything else, Steve?
S7: Just a thing about site access. Last week we had two people from head office walk in to have a look, no hi-vis, no induction, and the site manager went mad at me.
S4: That wasn't my team, for the record.
S7: No, I know it wasn't.
S1: Okay, let's be clear about it then. From Monday, nobody goes on site without the contractor's induction, and that includes head office, that includes me. @d_induction
S7: Thank you. The site manager will be delighted.
S1: Stock. Chloe, you and Ben have been on with the DC?
S4: Yeah. So wave one, the furniture and the big stuff, comes on the twenty-fourth. Wave two, all the small homewares, textiles, candles, is booked for the twenty-seventh.
S3: The twenty-seventh is a problem. The contractor is sealing the stockroom floor on the twenty-seventh and twenty-eighth. It needs forty-eight hours.
S4: Oh. Nobody told me that.
S3: It's only just come up, sorry.
S5: Could wave two come in through the front and sit on the shop floor?
S4: Not really, that's eleven hundred cartons. We'd be climbing over them to merchandise.
S1: Can the DC move it?
S4: I asked them last week about changing the slot and they said the twenty-ninth was free.
S1: Then let's move wave two to the twenty-ninth, after the floor's done. Everybody okay with that? @d_wave0
S5: Yeah, that works for me.
S3: Fine by me.
S1: Right. Wave two on the twenty-ninth. @d_wave2
S4: The DC's already holding the twenty-ninth for us, I checked yesterday.
S1: Ben, fixtures and the planograms?
S5: The fixtures are all on order. The planograms for the front of store are done, the seasonal table, the windows. What I need is sign-off from Chloe on the back half, the bedding and bathroom.
S4: I've not seen those yet.
S5: They went to you on Wednesday, in a zip file.
S4: Oh, the zip one. Sorry.
S1: When do you need the sign-off, Ben?
S5: Ideally a week on Monday. That gives print time for the shelf labels. @a_plano1
S4: A week on Monday's fine. @a_plano2
S1: So Ben, you'll get the planograms signed off with Chloe a week on Monday. @a_plano
S5: Yeah.
S5: Can I throw in an idea while we're on the layout? There's that dead corner by the entrance. I'd love to put a little coffee cart in there, pop-up style. People stay longer.
S1: I love the idea, Ben, but not for this store. We've got no water supply in that corner and there's no budget line for it. Maybe for the next one. @x_coffee
S5: Worth a shot.
S1: Lauren, people.
S8: Thanks. So we've got thirty-one of the thirty-five hires accepted. The last four are two part-time sales advisors, one stockroom and one weekend supervisor. I've got preferred candidates for all four.
S4: The weekend supervisor is the most important one for me. I don't want to be doing every Sunday for the first two months.
S8: I know. She's strong, she's from Dunelm. I'm hoping she'll say yes today.
S1: When will all four be done and contracts out? @a_hires0
S8: I'll have the last four confirmed and the contracts sent within ten working days. @a_hires
S1: Okay. And training?
S8: The induction week is from the third of August, at the store. Three days of training, then Thursday the sixth is the staff preview, and the public opening on Saturday the eighth.
S9: For the training, the tills need to be in and working.
S1: Perfect cue, Daniel. Tills and network.
S9: So the comms room is ready, the broadband line went live on Monday. The tills and the handhelds are in the warehouse. Once we've got the keys, my team goes in and installs, and then we do a full network test with payments.
S1: And when will that be done? @a_tills0
S9: I'll have the tills installed and the network tested by the end of the month. That gives us a few days before training. @a_tills
S4: Can we make sure the self-checkouts are in that as well? Last store they came a week late.
S9: The self-checkouts are included, yes. They're in the same delivery.
S1: Trading hours. I want to get these fixed today because Jasmine needs them for everything. My suggestion is nine till seven Monday to Saturday, and ten till four on Sunday.
S4: That's what we've got at Wakefield.
S1: Okay, then we'll go nine till seven and ten till four. @x_hours
S6: Sorry, Rachel, before we lock that in. I checked the retail park. Next, Boots and the big Tesco are all open till eight in the week. If we shut at seven, people coming after work will just see us closed.
S4: She's right, you know. The car park is full at half seven.
S8: That's an extra hour on every shift for the rota, mind.
S4: I can staff it. I've built the rota on nine till eight in case.
S1: Okay, you've convinced me. Change of plan. Nine till eight Monday to Saturday, ten till four on Sunday. @d_hours
S6: Thank you. That goes on all the print then.
S1: Jasmine, opening event.
S6: So we have two options. Option one, we invite the Lord Mayor to cut the ribbon. That gets us the local paper, but her office needs six weeks' notice and we're at four, and honestly it's a bit old-fashioned. @x_mayor
S6: Option two, we partner with the Aire Valley Food Bank. Their volunteers cut the ribbon, we run a donation drive the first week, and we give them ten percent of takings on the opening day.
S4: The second one is much more us. And the food bank is literally across the road from the park.
S3: Does ten percent of opening day sales get signed off by finance?
S1: Mark in finance has already agreed it in principle. So let's go with the food bank. @d_foodbank
S1: I'll write to them formally on Monday to invite them. @a_foodbank
S6: Chloe, you've been talking to them. Can you send me their logo and the contact person?
S4: I'll get it to you Monday.
S6: Monday is too late for me, the leaflets go to print Monday morning. I need it today please. @a_logo
S4: Okay, today then, I'll ring them after this. @a_logo2
S6: Thank you. The leaflet drop is eight thousand houses in Kirkstall and Bramley, and we start the social posts on the twentieth.
S6: Do we know if the Yorkshire Evening Post is coming to the opening?
S1: No idea yet, Jasmine. We'll see once the food bank is confirmed.
S7: Can I go back to the opening day itself for a second? When we opened Harrogate, there was a queue right round the car park by half eight.
S1: That was the sofa deal, to be fair. Half price on the Chesterfield.
S7: Still. We had two security guards, and it wasn't enough. Somebody nearly got flattened by a trolley.
S3: The landlord has its own security on the park, mind. They might help with the car park side.
S6: And we're doing goodie bags for the first hundred customers, so there'll be a queue whatever we do.
S4: Who's packing a hundred goodie bags?
S6: My agency sends them pre-packed, don't worry.
S8: Do we want barriers? Like the ones at the cinema?
S1: I honestly don't know yet. I want to see the Harrogate footfall numbers before we spend on guards and barriers. Let's park the queue question till next week. @x_queue
S7: Fair enough. Didn't Amira do a report on Harrogate?
S2: I did, in May. The footfall figures are in the opening review pack, page four.
S1: Thanks, Steve. And the fire risk assessment, did that happen?
S7: Landlord's assessor did it last Thursday. Two minor points, both on the contractor's snag list already.
S3: The fire doors, yeah. They're on my sixty-two.
S1: Okay. Lauren, are the uniforms sorted?
S8: They arrived on Tuesday. They're at Wakefield in the stockroom, all boxed by size.
S4: Oh, brilliant, the new green ones?
S8: The new green ones. They're actually nice this time.
S5: Better than the mustard ones.
S1: Let's not talk about the mustard ones.
S1: AOB. Amira, the car park signage.
S2: Yes, so the totem sign at the retail park entrance still has the old tenant on it. The landlord hasn't updated it.
S1: Amira, can you chase the landlord on that? @x_amira
S3: Actually, Rachel, leave that with me. I've got the landlord's agent on speed dial, and they owe me a favour after the fire door business. @a_totem
S1: Even better. Thanks, Gavin. As soon as you can, please.
S3: Will do.
S7: One thing from me. Bins. We need the waste contract to start on the twenty-second too, otherwise the cardboard from wave one has nowhere to go.
S1: Is that not in the landlord's service charge?
S7: General waste is, cardboard isn't. I already sorted the cardboard collection with Biffa on Wednesday.
S1: Good. Then that's it. Same time next Friday, half eight, and please have your updates ready before the call. @nm
S2: Same time next Friday, I'll keep the invite.
S1: Thanks everyone. Four weeks, we can do this.
'''
DECISIONS=[
 {"text":"From Monday nobody goes on site without the contractor's induction, including head office staff","ev":["d_induction"]},
 {"text":"Wave two stock delivery moved from 27 July to 29 July, after the stockroom floor sealing","ev":["d_wave0","d_wave2"]},
 {"text":"Trading hours: 9 am to 8 pm Monday to Saturday and 10 am to 4 pm on Sunday","ev":["d_hours"]},
 {"text":"Opening event run with the Aire Valley Food Bank (volunteers cut the ribbon, first-week donation drive, 10% of opening day takings) rather than the Lord Mayor","ev":["d_foodbank"]},
]
ACTIONS=[
 {"task":"Get the contractor's snag list closed out and the handover date confirmed in writing","owner":"Gavin Pillay","due_rule":"next:wed","due_text":"by close of play Wednesday","deliverable":"Closed snag list; written handover date","ev":["a_hand0","a_handover"]},
 {"task":"Have the intruder alarm and CCTV commissioned by the security contractor","owner":"Steve O'Connor","due_rule":"eve:07-22","due_text":"before the handover on the twenty-second","deliverable":"Commissioned alarm and CCTV","ev":["a_alarm"]},
 {"task":"Get the back-half planograms (bedding and bathroom) signed off with the store manager","owner":"Ben Sutcliffe","due_rule":"next2:mon","due_text":"a week on Monday","deliverable":"Signed-off planograms","ev":["a_plano1","a_plano2","a_plano"]},
 {"task":"Confirm the last four hires and send out their contracts","owner":"Lauren Pike","due_rule":"workdays:10","due_text":"within ten working days","deliverable":"Four signed-off hires and contracts","ev":["a_hires0","a_hires"]},
 {"task":"Install the tills, handhelds and self-checkouts and complete a full network and payments test","owner":"Daniel Osei","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Installed and tested tills","ev":["a_tills0","a_tills"]},
 {"task":"Write to the Aire Valley Food Bank formally inviting them to partner on the opening","owner":"Rachel Dawson","due_rule":"next:mon","due_text":"on Monday","deliverable":"Invitation letter","ev":["a_foodbank"]},
 {"task":"Send the food bank's logo and contact person to the local marketing manager","owner":"Chloe Barker","due_rule":"today","due_text":"Monday is too late - today","deliverable":"Food bank logo and contact","ev":["a_logo","a_logo2"]},
 {"task":"Chase the landlord's agent to update the retail park totem sign","owner":"Gavin Pillay","due_rule":None,"due_text":"as soon as you can","deliverable":"Updated totem sign","ev":["a_totem"]},
]
NEXT={"date_rule":"next:fri","time":"08:30","ev":["nm"],"text":"Weekly store opening project meeting"}
NOT_ACTIONS=[
 {"ev":["x_fascia"],"why":"Fascia sign already installed on Tuesday","kind":"completed"},
 {"ev":["x_slip"],"why":"What would happen if the handover slipped is hypothetical","kind":"hypothetical"},
 {"ev":["x_coffee"],"why":"Pop-up coffee cart idea turned down for this store","kind":"rejected"},
 {"ev":["x_hours"],"why":"Nine till seven hours agreed, then changed to nine till eight","kind":"superseded","target":"decision"},
 {"ev":["x_mayor"],"why":"Lord Mayor ribbon-cutting option not chosen","kind":"rejected"},
 {"ev":["x_queue"],"why":"Security guards and barriers for the opening queue parked until next week","kind":"deferred"},
 {"ev":["x_amira"],"why":"Chasing the landlord first asked of Amira, taken over by Gavin","kind":"reassigned"},
]
EXTRA={"note":"UK retail chain new store. 'A week on Monday' said on Friday 10 July = Monday 20 July. Handover is Wednesday 22 July, so the alarm commissioning is due the day before. The marketing manager's counter-date (today) wins over the store manager's Monday."}
