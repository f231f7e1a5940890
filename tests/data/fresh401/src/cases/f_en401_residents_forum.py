STEM='f_en401_residents_forum'
LANG='en'
MEETING={"title":"Millbrook Housing – Eastfield estate residents' forum","date":"2026-03-10","start":"18:30","end":"19:45",
 "location":"Eastfield Community Centre, main hall","host":"Gloria Mensah","recorder":"Tom Barraclough",
 "attendees":[{"name":"Gloria Mensah","department":"Eastfield Residents' Forum","title":"Chair"},
  {"name":"Tom Barraclough","department":"Eastfield Residents' Forum","title":"Secretary"},
  {"name":"Shirley Platt","department":"Eastfield Residents' Forum","title":"Resident rep, Hawthorn House"},
  {"name":"Imran Chaudhry","department":"Millbrook Housing","title":"Neighbourhood Officer"},
  {"name":"Karen Doyle","department":"Millbrook Housing","title":"Repairs Manager"},
  {"name":"Pat Keegan","department":"Eastfield Residents' Forum","title":"Resident rep, Rowan Court"}],
 "agenda":["Damp and mould","Hawthorn House door entry","Play area","Community garden"],
 "consent":{"confirmed":True,"method":"Chair asked the room before starting; no objections","by":"Tom Barraclough"}}
SPEAKERS={"S1":"Gloria Mensah","S2":"Tom Barraclough","S3":"Shirley Platt","S4":"Imran Chaudhry","S5":"Karen Doyle","S6":"Pat Keegan"}
LINES='''
S1: Okay, can we make a start? Pat, sit down love, you can finish your tea sitting down.
S6: I'm sitting, I'm sitting.
S1: Thank you all for coming out, it's a horrible night. Imran and Karen are here from Millbrook. Apologies from Derek, he's got his grandson. First thing is damp, because that's what everybody's phoning me about.
S5: Can I say something first on that? Since the last forum we've done the mould washes on all twenty-two flats that reported it in Rowan Court. That's finished, that was done by the end of February. @done_wash
S6: Washed, yeah. And it's back. Mine's back on the bedroom wall already.
S5: I know, and that's the point I wanted to make, a wash is a treatment, it's not a fix. The fix in Rowan Court is the extractor fans, most of them don't work, and in some flats there isn't one at all.
S3: So are you putting fans in or not? Because we've been told that for two years.
S5: We are. I've got budget for forty fans this year. Rowan Court first, then Hawthorn.
S1: When does that start?
S5: The contractor can start the week of the sixth of April. Before that I need to survey which flats have no fan at all.
S6: I can tell you that. I can knock on doors. I know everyone in Rowan.
S5: That would honestly help, Pat. If you could get me a list of who hasn't got a fan, or the fan's dead, by, say, the end of next week? @a_list
S6: End of next week. Yeah, I'll do that. @a_list2
S5: Then I'll get the surveyor out to check the list the week after, and I'll write to each of those households with an appointment date before the contractor starts. @a_letters
S1: Good. Can we put in the minutes the forum wants Rowan Court done first. Everyone agree? Yes. Right. @d_rowan
S2: Noted.
S3: Hawthorn House door. The door entry's been broken since Christmas. Anyone can walk in. We had a man sleeping in the bin store Saturday.
S4: That's been reported to me. I raised it as an emergency on Sunday.
S3: Raised it. And?
S4: And the part's on order. Karen?
S5: It's a new control panel, the old one's not supported any more. Honestly I don't have a date from the supplier.
S3: That's not good enough, Karen. Not with the bin store.
S4: What I can do in the meantime is put a security patrol on at night, the one we use for the garages. I'll need to sign that off with my manager but I'm fairly sure it's fine.
S1: How long for?
S4: Until the door's fixed. I'll confirm with my manager tomorrow and ring Shirley once it's booked. @a_patrol
S3: Ring me, not email. I don't read emails.
S4: I'll ring you.
S2: Should we also be thinking about CCTV in the bin store? @cctv1
S4: CCTV's a whole consultation, it's a data protection thing, it affects everyone's service charge. Honestly I wouldn't start that tonight. @cctv2
S1: Let's park the CCTV and see if the door fixes it. @cctv3
S1: Play area. Tom, you had the quotes.
S2: Yes. So we've got the money from the community fund, it's six thousand, that's confirmed. Two quotes. Playco want five thousand eight hundred for the new surface and two pieces of equipment. The other one, Green Spaces, five two but that's surface only.
S6: The kids don't play on the surface, they play on the swings.
S2: That's my view as well.
S1: So do we go with Playco? Hands up for Playco. ... That's, eleven, twelve. Against? None. Okay, Playco. @d_play
S2: I'll let Playco know and ask them for a start date, and I'll tell the community fund it's Playco by Friday, because their form closes Friday. @a_playco
S4: If you copy me in, Tom, I'll get the site permission from the estates team. @a_perm
S2: Will do.
S1: Community garden. Shirley.
S3: Just quickly, we want to do a clean-up day. Saturday the twenty-fifth of April. We need skips.
S4: I can get you a skip, I've got a small budget for that. I'll book it for the day. @a_skip
S3: And gloves, and bags. Someone needs to do a flyer. @flyer
S1: Someone will, we'll sort it. Right, anything else?
S6: The bus stop.
S1: That's the council, Pat, not Millbrook. Write to your councillor.
S6: I have written to my councillor.
S1: Then write again. Right, next forum's second Tuesday in May, same time, half six, here. That's the twelfth. @nm
S2: Twelfth of May.
S1: Thank you all, get home safe.
'''
DECISIONS=[
 {"text":"The forum asks that Rowan Court is done first in the extractor fan programme.","ev":["d_rowan"]},
 {"text":"The play area contract goes to Playco (GBP 5,800, new surface and two pieces of equipment); vote carried with none against.","ev":["d_play"]},
]
ACTIONS=[
 {"task":"Knock on doors in Rowan Court and list the flats with no extractor fan or a broken one, for Karen","owner":"Pat Keegan","due_rule":"next:fri","due_text":"by the end of next week","deliverable":"List of flats without a working fan","ev":["a_list","a_list2"]},
 {"task":"Have the surveyor check the fan list and write to each household with an appointment date before the contractor starts","owner":"Karen Doyle","due_rule":None,"due_text":"before the contractor starts (week of 6 April)","deliverable":"Appointment letters","ev":["a_letters"],"note":"Survey the week after Pat's list; letters before the contractor starts, no firm date"},
 {"task":"Confirm a night security patrol for Hawthorn House with his manager and phone Shirley when it is booked","owner":"Imran Chaudhry","due_rule":"tomorrow","due_text":"tomorrow","deliverable":None,"ev":["a_patrol"]},
 {"task":"Tell Playco they have the play area job and ask for a start date; tell the community fund it is Playco","owner":"Tom Barraclough","due_rule":"this:fri","due_text":"by Friday","deliverable":None,"ev":["a_playco"]},
 {"task":"Get site permission for the play area works from the estates team","owner":"Imran Chaudhry","due_rule":None,"due_text":None,"deliverable":"Site permission","ev":["a_perm"]},
 {"task":"Book a skip for the community garden clean-up day on Saturday 25 April","owner":"Imran Chaudhry","due_rule":None,"due_text":"for the day (25 April)","deliverable":"Skip booked","ev":["a_skip"]},
]
NEXT={"date_rule":"md:05-12","time":"18:30","ev":["nm"],"text":"Second Tuesday in May, same place"}
NOT_ACTIONS=[
 {"ev":["done_wash"],"why":"Mould washes in Rowan Court already finished by end of February","kind":"completed"},
 {"ev":["cctv1","cctv2","cctv3"],"why":"CCTV in the bin store parked","kind":"deferred"},
 {"ev":["flyer"],"why":"'Someone needs to do a flyer' – nobody took it","kind":"group"},
]
EXTRA={"note":"Hands-up vote for Playco. The fan letters and skip have no booking deadline of their own."}
