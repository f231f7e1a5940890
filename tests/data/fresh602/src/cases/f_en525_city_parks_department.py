STEM='f_en525_city_parks_department'
LANG='en'
MEETING={"title":"Parks & Recreation - Weekly Operations Meeting","date":"2026-04-17","start":"08:30","end":"09:35",
 "location":"Brookside Maintenance Depot, break room",
 "host":"Carla Mendes","recorder":"Ian Moss",
 "attendees":[
  {"name":"Carla Mendes","department":"Parks Operations","title":"Parks Operations Manager"},
  {"name":"Ian Moss","department":"Parks Operations","title":"Administrative Coordinator"},
  {"name":"Dwayne Fisher","department":"Grounds Maintenance","title":"Grounds Maintenance Supervisor"},
  {"name":"Yuki Tanaka","department":"Urban Forestry","title":"City Arborist"},
  {"name":"Bill Rourke","department":"Facilities","title":"Facilities Coordinator"},
  {"name":"Sofia Alvarez","department":"Recreation","title":"Recreation Programs Coordinator"},
  {"name":"Leticia Brown","department":"Community Engagement","title":"Volunteer and Community Liaison"}],
 "agenda":["Storm damage","Elm Street playground","Mowing schedule","Lakeview restrooms","Earth Day clean-up","Seasonal hiring","Other"],
 "consent":{"confirmed":True,"method":"Carla announced the recording for the minutes at the start; nobody objected","by":"Ian Moss"}}
SPEAKERS={"S1":"Carla Mendes","S2":"Ian Moss","S3":"Dwayne Fisher","S4":"Yuki Tanaka","S5":"Bill Rourke","S6":"Sofia Alvarez","S7":"Leticia Brown"}
LINES='''
S1: Okay, let's get going, I know crews are waiting on some of you. Ian's recording for the notes as usual.
S3: Somebody ate my bagel.
S1: Not on the agenda, Dwayne. Storm damage. Yuki, what did Tuesday night do to us?
S4: Mostly small stuff, limbs down on the greenway, we cleared those Wednesday. The real concern is Riverside. Three of the big oaks along the path by the boat launch, one has a split leader and two are leaning more than I like.
S1: Are they dangerous right now?
S4: The split one, maybe. I've taped off the path under it for now.
S1: Okay. I need a proper assessment on all three before we decide anything. Can you get out there? @a_oaks_ask
S4: I'm on the Hillcrest removals today. I can do all three first thing Monday and send you the write-up. @a_oaks_ok
S1: Monday's good. @a_oaks
S3: If they come down we'll need the big chipper, just so you know, and it's at the shop.
S4: Let's see first. Two of them might just need a reduction.
S1: Which actually reminds me of something. The resident complaints from the Maple Avenue removals last fall, people said we were taking down healthy trees. I want a better process.
S4: I'd be fine with a second set of eyes on the big ones.
S1: So, going forward, any removal of a tree over twenty-four inches diameter needs a second arborist to sign off before it happens. Yuki, you and the county forester, or whoever's on contract. @d_twoarb
S4: That works. It protects us too.
S3: Does that slow down emergencies?
S1: Emergencies are emergencies. If it's on a house, you cut it. This is for planned removals.
S1: Elm Street playground. Bill.
S5: So the inspection Wednesday flagged the climbing structure. One of the main support clamps is cracked. The rest of the playground is fine, swings are fine, the little kids' area is fine.
S6: We've got the spring day camp there starting in two weeks.
S5: I know. The manufacturer has the part but they're quoting four to six weeks.
S6: Could we leave it open and just put a sign up to be careful?
S1: No. A cracked clamp on a climbing frame isn't a be-careful situation. The climbing structure is closed until the part arrives and it's installed. Rest of the playground stays open. @d_elm
S6: Okay, fair. The camp can use the field anyway.
S1: Bill, can you get it fenced and signed? @a_fence_ask
S5: Yeah, I'll get the fencing and the closure signs up today, before school lets out. @a_fence
S1: And the part?
S5: I'll put the order in, I'm just waiting for the vendor to confirm the part number. As soon as they get back to me. @a_part
S1: Okay. Mowing.
S3: So we're at a seven-day cycle on the active parks right now. With the two guys out, I can't hold seven. I'm either doing seven and things get skipped, or we officially go to ten days for the summer.
S7: Ten days, will people complain?
S3: On the ball fields, yes. But the ball fields we can still do weekly, they're small. I'm talking about the general turf.
S1: So the choice is seven days and we miss parks, or ten days on general turf and we hold it.
S2: Honestly, the complaints we get are when a park gets skipped entirely. Nobody calls about ten days.
S1: Yeah. Let's go with ten days on general turf for the summer, ball fields stay weekly. @d_mow
S3: Thank you.
S1: Can you redo the schedule and get it out to the crews? @a_mow_ask
S3: I'll have it to the crews by Tuesday, I need Monday to redo the routes. @a_mow
S3: Speaking of which, what if we just stopped mowing the north meadow at Cedar Hill altogether? Let it go wild, put a sign up, pollinators, the whole thing. That's three hours a week back.
S4: I'd love that.
S1: I like it too, but that's a council thing, it's in the biodiversity plan they're supposed to adopt in the summer. We're not going to decide that in this room. Let's put it aside until they do. @x_meadow
S3: Worth a shot.
S1: Lakeview restrooms.
S5: Third time this month. Someone pulled the paper towel dispenser off the wall and plugged the toilets. All after nine at night.
S6: The evening softball league uses them though.
S5: Softball's done by eight-thirty mostly.
S1: What's the proposal?
S5: Lock them at dusk instead of ten. The timer locks can do it, I just change the setting.
S7: Is there any chance that affects the unhoused folks who use them? I get asked about that.
S1: It's a fair question. There's the 24-hour facility at the transit center, six blocks.
S7: Okay. As long as outreach knows, I'm fine with it.
S1: So dusk lock-up at Lakeview, everyone okay with that? Dwayne? Sofia?
S6: Fine.
S3: Yes.
S1: Good, dusk it is. @d_dusk
S1: And Ian, the incident log for Lakeview, can you send that to Officer Patel at the police liaison? They asked for it. @a_log_ask
S2: Sure. When do they need it?
S1: They said by Wednesday.
S2: I'll have it to her by Wednesday. @a_log
S2: Also, unrelated, the water fountain at Kessler that people kept calling about, that's been replaced, it went in Tuesday. @x_fountain
S1: Oh, great, cross that off.
S1: Earth Day clean-up. Leticia.
S7: So Wednesday the twenty-second, nine to noon, at the creek trail and Lakeview. We've got about sixty signed up online, plus the high school service club, but they haven't confirmed numbers.
S3: I need numbers for bags, gloves and grabbers. Last year we ran out of grabbers by ten.
S7: When do you need the final count?
S3: The day before, at the latest, so we can load the truck. @a_vol_due
S7: Okay, I'll confirm final volunteer numbers with you before the day. The day before at the latest. @a_volunteers
S3: Perfect.
S6: Do we want to do the tree planting too? We have the fifty saplings.
S4: The saplings aren't ready, they're still in the nursery beds. That's a fall planting.
S1: Okay, so just the clean-up this time.
S1: Seasonal hiring. Sofia, the lifeguard and summer camp listings, can you get those posted?
S6: I can write them, I already have the descriptions from last year. But I can't post them, that has to go through HR, they have the applicant system. I don't have access. @x_sofia
S1: Right, right. Okay, then that's on HR. They need those listings live by the first of May or we won't have lifeguards for Memorial Day. @a_hr
S2: They'll want the descriptions first, they always do.
S1: Yeah. So HR posts the listings, by May first.
S6: They've got them, I sent the descriptions over yesterday. @x_desc
S1: Other business. Anyone?
S5: Did anybody ever hear back on the irrigation bid for Brookside fields?
S1: Not yet. Procurement says the bids close end of month. Nothing for us to do. @x_irrigation
S5: Okay.
S4: Just a heads-up, I'm at the state arborist conference Thursday and Friday next week.
S1: Noted. Okay, next week. Next Friday is the budget hearing, so we won't meet then. @nm
S1: I'll figure out another slot and send out an invite. @a_invite
S2: Want me to look at calendars?
S1: No, I've got it. Thanks, everybody. Go find Dwayne's bagel.
S3: Not funny.
'''
DECISIONS=[
 {"text":"Going forward, any planned removal of a tree over 24 inches in diameter needs a second arborist's sign-off.","ev":["d_twoarb"]},
 {"text":"The Elm Street climbing structure is closed until the replacement clamp is installed; the rest of the playground stays open.","ev":["d_elm"]},
 {"text":"General turf moves to a ten-day mowing cycle for the summer; ball fields stay weekly.","ev":["d_mow"]},
 {"text":"The Lakeview restrooms will lock at dusk instead of 10 p.m.","ev":["d_dusk"]},
]
ACTIONS=[
 {"task":"Assess the three storm-damaged oaks at Riverside and send a write-up","owner":"Yuki Tanaka","due_rule":"next:mon","due_text":"first thing Monday","deliverable":"Tree assessment write-up","ev":["a_oaks_ask","a_oaks_ok","a_oaks"]},
 {"task":"Fence off the Elm Street climbing structure and put up closure signs","owner":"Bill Rourke","due_rule":"today","due_text":"today, before school lets out","deliverable":"Fencing and closure signs","ev":["a_fence_ask","a_fence"]},
 {"task":"Order the replacement support clamp for the Elm Street climbing structure","owner":"Bill Rourke","due_rule":None,"due_text":"as soon as the vendor gets back to me","deliverable":"Part order","ev":["a_part"]},
 {"task":"Redo the mowing schedule and routes for the ten-day cycle and send it to the crews","owner":"Dwayne Fisher","due_rule":"next:tue","due_text":"by Tuesday","deliverable":"Revised mowing schedule","ev":["a_mow_ask","a_mow"]},
 {"task":"Send the Lakeview incident log to Officer Patel at the police liaison","owner":"Ian Moss","due_rule":"next:wed","due_text":"by Wednesday","deliverable":"Incident log","ev":["a_log_ask","a_log"]},
 {"task":"Confirm final volunteer numbers for the Earth Day clean-up to Dwayne","owner":"Leticia Brown","due_rule":"eve:04-22","due_text":"the day before at the latest","deliverable":"Final volunteer count","ev":["a_vol_due","a_volunteers"]},
 {"task":"Post the lifeguard and summer camp job listings","owner":None,"department":"Human Resources","due_rule":"md:05-01","due_text":"by May first","deliverable":"Live job listings","ev":["a_hr"]},
 {"task":"Find another slot for the next operations meeting and send out an invite","owner":"Carla Mendes","due_rule":None,"due_text":None,"deliverable":"Meeting invite","ev":["a_invite"]},
]
NEXT={"date_rule":None,"time":None,"ev":["nm"],"text":"No meeting next Friday (budget hearing); Carla will send an invite for another slot"}
NOT_ACTIONS=[
 {"ev":["x_meadow"],"why":"Rewilding the Cedar Hill north meadow left to the council's biodiversity plan","kind":"deferred"},
 {"ev":["x_fountain"],"why":"Kessler water fountain already replaced on Tuesday","kind":"completed"},
 {"ev":["x_sofia"],"why":"Sofia cannot post the listings; posting goes to HR","kind":"reassigned"},
 {"ev":["x_desc"],"why":"Job descriptions already sent to HR","kind":"completed"},
 {"ev":["x_irrigation"],"why":"Irrigation bid question; nothing to do until bids close","kind":"question"},
]
EXTRA={"note":"American English. Meeting on a Friday: Monday/Tuesday/Wednesday are next week. Earth Day clean-up is Wednesday 22 April, numbers due the day before. Posting the listings is a department duty (HR) with nobody named. Next meeting date not set."}
