STEM='f_en201_city_library_branch'
LANG='en'
MEETING={"title":"Eastside Branch Library – Monthly Operations & Programming Meeting","date":"2025-04-24","start":"10:00","end":"11:00",
 "location":"Eastside Branch, staff room","host":"Helen Okafor","recorder":"Tom Reyes",
 "attendees":[{"name":"Helen Okafor","department":"Branch Services","title":"Branch Manager"},
  {"name":"Tom Reyes","department":"Branch Services","title":"Library Assistant"},
  {"name":"Priya Nair","department":"Children's Services","title":"Youth Services Librarian"},
  {"name":"Maggie Lund","department":"Adult Programming","title":"Programming Librarian"},
  {"name":"Daniel Fitch","department":"Facilities","title":"Facilities Coordinator"},
  {"name":"Sam Whitlock","department":"Library IT","title":"Systems Technician"},
  {"name":"Joan Becker","department":"Friends of the Library","title":"Volunteer Chair"}],
 "agenda":["Summer reading kickoff","Community room air conditioning","Self-checkout kiosk migration","Makerspace 3D printer","Sunday hours"],
 "consent":{"confirmed":True,"method":"Recording announced at the start; no objections","by":"Tom Reyes"}}
SPEAKERS={"S1":"Helen Okafor","S2":"Tom Reyes","S3":"Priya Nair","S4":"Maggie Lund","S5":"Daniel Fitch","S6":"Sam Whitlock","S7":"Joan Becker"}
LINES='''
S1: Okay, let's get going, we've got a full plate. Tom's recording for the notes. First up, summer reading. Priya?
S3: So the kickoff is Saturday June 14th. Last year we did it in the community room and we had, what, a hundred and thirty kids?
S2: Hundred and forty-two. I counted the stickers.
S3: Right. The problem is the community room AC. Daniel, is it still dead?
S5: It's not dead, it's... limping. The compressor's original to the building. I've had a tech out twice. Honestly I wouldn't count on it in June.
S1: And who wants a hundred-plus kids in a room with no air conditioning in the middle of June? Not me. @rhet
S3: So my idea is we just do it outside, in the courtyard. Tents, the storytime rug, chalk, the whole thing.
S1: I like it. Anyone against? No? Okay, kickoff is outdoors in the courtyard on the 14th. @d_kick
S5: I still need to get the AC sorted for the rest of the summer though. I'll get a replacement quote from the county contractor. @a_hvac1
S1: When can you have that? @a_hvac1b
S5: Give me till next Wednesday. They're slow but that's doable. @a_hvac2
S1: Next Wednesday, fine. @a_hvac3
S3: What if it rains on the 14th? @rain1
S1: Let's not plan for rain yet. If the forecast looks bad that week we'll talk. @rain2
S7: For the kickoff, the Friends board already voted last week to cover a performer, up to fifteen hundred. So that's done, the money's there. @done_friends
S3: Oh that's great. There's a magician, Marvelous Mel, the kids loved him at Westside.
S1: Let's book Mel then. I'll call his agent this afternoon. @d_mel @a_mel
S3: And I'll do the flyer. Bilingual, English and Spanish. End of next week okay? @a_flyer
S1: End of next week is fine.
S2: Should I print the two hundred bookmarks like last year? @bm1
S1: Yeah, go ahead, Tom. Oh, wait, scratch that. County's sending every branch a box of bookmarks this year. Don't print anything. @bm2
S7: We'll need volunteers for the kickoff too. Face painting, the sign-in table, crowd wrangling. I can get six from the Friends. @a_vol0
S1: Please. By when?
S7: End of May I'll have names and shifts to Priya. @a_vol
S3: Perfect.
S1: Next, the kiosks. Sam.
S6: So the self-checkout kiosks move to the new vendor platform. I've got May 12th as the cutover, they'll be down the whole day. The circ desk has to be fully staffed that day.
S1: Is there any way to do it on a closed day instead?
S6: Vendor only does weekday cutovers. Monday the 12th is the best I can get.
S1: Okay. Kiosks go down on May 12th for the cutover, and we staff two people on the desk all day. @d_kiosk
S6: I'll send the staff notice and a one-page cheat sheet for the new screens by the 5th. @a_kiosk
S1: Good.
S1: 3D printer. Maggie, the complaints.
S4: Yes. We have two regulars basically living on it. One guy booked eleven hours last week. Other patrons can't get a slot.
S2: I was thinking we just go first-come first-served, no booking at all. @fcfs1
S4: That'd be worse, honestly, he'd just camp out at opening.
S1: Agreed, no. We keep bookings, but two hours per patron per week, max. @fcfs2 @d_print
S1: Tom, can you write up the new rules and put them on the sign by the printer? @r_rules
S2: I can, but I'm on the desk basically all week with Rosa out. @r_rules2
S4: I'll take it, it's my area. I'll have the sign and the web page updated by this Friday. @a_rules
S1: Thanks Maggie. @a_rules2
S7: Can I raise Sunday hours again? People keep asking us at the book sale.
S1: I know. I took it to the city in March. There's no money in this year's budget for Sunday staffing. It's not happening this fiscal year. @sun1
S7: Could the Friends pay for it?
S1: It's not the money alone, it's the union contract for Sunday shifts. So, no, let's park it until the budget hearings in the fall. @sun2
S2: Just so it's on record, the nonfiction weeding is finished. We finished it last week, twelve carts to the book sale. @done_weed
S1: Great work. Okay, Tom, you'll get the notes out today?
S2: Today, yes, and I'll update the kiosk date on the staff calendar. @a_notes
S1: Next meeting, same time next week. @nm1
S4: Helen, next Thursday's May 1st, you're at the state conference.
S1: Oh, I am. Let's do Friday the 2nd then, same time, ten o'clock. @nm2
'''
DECISIONS=[
 {"text":"The summer reading kickoff on Saturday 14 June will be held outdoors in the courtyard instead of the community room.","ev":["d_kick"]},
 {"text":"Book the magician Marvelous Mel for the kickoff, funded by the Friends of the Library (up to USD 1,500).","ev":["d_mel"]},
 {"text":"The self-checkout kiosks will be down on 12 May for the vendor cutover; two staff will cover the circulation desk all day.","ev":["d_kiosk"]},
 {"text":"3D printer bookings are kept but limited to two hours per patron per week.","ev":["d_print"]},
]
ACTIONS=[
 {"task":"Get a replacement quote for the community room air conditioning from the county contractor","owner":"Daniel Fitch","due_rule":"next:wed","due_text":"next Wednesday","deliverable":"AC replacement quote","ev":["a_hvac1","a_hvac1b","a_hvac2","a_hvac3"]},
 {"task":"Call the magician's agent to book Marvelous Mel for the kickoff","owner":"Helen Okafor","due_rule":"today","due_text":"this afternoon","deliverable":"Performer booking","ev":["a_mel"]},
 {"task":"Produce a bilingual (English/Spanish) flyer for the summer reading kickoff","owner":"Priya Nair","due_rule":"next:fri","due_text":"end of next week","deliverable":"Kickoff flyer","ev":["a_flyer"]},
 {"task":"Recruit six Friends volunteers for the kickoff and send names and shifts to Priya","owner":"Joan Becker","due_rule":"md:05-31","due_text":"end of May","deliverable":"Volunteer list with shifts","ev":["a_vol0","a_vol"]},
 {"task":"Send the staff notice and a one-page cheat sheet for the new kiosk screens","owner":"Sam Whitlock","due_rule":"next_dom:5","due_text":"by the 5th","deliverable":"Staff notice and cheat sheet","ev":["a_kiosk"]},
 {"task":"Write the new 3D printer booking rules and update the sign and web page","owner":"Maggie Lund","due_rule":"this:fri","due_text":"by this Friday","deliverable":"Printer sign and web page","ev":["a_rules","a_rules2"],"note":"Helen asked Tom first; Maggie took it"},
 {"task":"Send out the meeting notes and update the kiosk date on the staff calendar","owner":"Tom Reyes","due_rule":"today","due_text":"today","deliverable":"Meeting notes","ev":["a_notes"]},
]
NEXT={"date_rule":"next:fri","time":"10:00","ev":["nm1","nm2"],"text":"Same time next week, moved from Thursday 1 May to Friday 2 May (Helen at state conference)"}
NOT_ACTIONS=[
 {"ev":["rhet"],"why":"Rhetorical question about the heat","kind":"rhetorical"},
 {"ev":["rain1","rain2"],"why":"Rain plan explicitly not made yet","kind":"hypothetical"},
 {"ev":["done_friends"],"why":"Friends board already voted the performer money","kind":"completed"},
 {"ev":["bm1","bm2"],"why":"Printing bookmarks cancelled; county supplies them","kind":"cancelled"},
 {"ev":["fcfs1"],"why":"First-come-first-served proposal for the printer rejected","kind":"rejected"},
 {"ev":["r_rules","r_rules2"],"why":"Asked of Tom first; Maggie took it","kind":"reassigned"},
 {"ev":["sun1","sun2"],"why":"Sunday hours rejected for this fiscal year and parked until fall budget hearings","kind":"rejected"},
 {"ev":["done_weed"],"why":"Nonfiction weeding already finished","kind":"completed"},
]
