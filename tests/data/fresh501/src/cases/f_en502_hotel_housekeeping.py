STEM='f_en502_hotel_housekeeping'
LANG='en'
MEETING={"title":"Daily Rooms Division Stand-up","date":"2026-07-18","start":"07:45","end":"08:05",
 "location":"Back office behind the front desk, Harborview Hotel, Baltimore",
 "host":"Maria Delgado","recorder":"Jason Park",
 "attendees":[
  {"name":"Maria Delgado","department":"Housekeeping","title":"Executive Housekeeper"},
  {"name":"Jason Park","department":"Front Office","title":"Front Office Manager"},
  {"name":"Denise Carter","department":"Housekeeping","title":"Housekeeping Supervisor"},
  {"name":"Luis Ortega","department":"Engineering","title":"Chief Engineer"},
  {"name":"Tamika Brooks","department":"Front Office","title":"Guest Services Supervisor"}],
 "agenda":["Occupancy and arrivals","Out-of-order rooms","Linen delivery","VIPs and groups","Lost and found"],
 "consent":{"confirmed":True,"method":"Verbal OK from everyone at the start of the stand-up","by":"Jason Park"}}
SPEAKERS={"S1":"Maria Delgado","S2":"Jason Park","S3":"Denise Carter","S4":"Luis Ortega","S5":"Tamika Brooks"}
LINES='''
S1: Okay guys, let's go, I've got two people out sick so I need to get upstairs. Jason, numbers.
S2: We're at ninety-six percent tonight. Two hundred and four arrivals, one eighty-eight departures. The Nguyen–Walsh wedding block is forty-two rooms, most of them arriving between noon and three.
S3: Between noon and three? Check-in's four o'clock.
S2: I know. The bride's mom called twice yesterday.
S1: We can't turn forty-two rooms by noon with the departures we have. No way.
S2: What if we just did early check-in for the bridal party, the rooms on their list, and everyone else gets bag storage and a drink voucher for the lobby bar?
S1: How many on the list?
S2: Six rooms.
S1: Six I can do. Okay, bridal party six rooms early, rest of the block at four with bag check. Denise, start floor five with those. @d_early
S3: Got it. I'll put Rosa and Keisha on five first and I'll have the six ready by noon. @a_five
S5: Should I email the rest of the block about the four o'clock thing, or is that too late now?
S2: Just tell them at the desk, they're all coming today anyway.
S1: Okay. Out of orders. Luis.
S4: So four-twelve, the AC's dead, the compressor. Four-fifteen has the leak from the ceiling, that one's gonna be a couple days, we have to open the drywall.
S1: Can we get four-twelve back tonight? We're at ninety-six, I need every room.
S4: If the part's on the truck, yeah. Supplier says it's on the truck. I'll have it running by three. @a_ac0
S1: By three, okay, and call Denise when it's done so she can send someone in. @a_ac
S4: Yep. If the chiller on the roof goes again like last week though, forget it, then we're moving people all afternoon. @x_chiller
S2: Don't even say that.
S3: Luis, did the new carpet extractor come? The one for the fourth floor hallway?
S4: Came Thursday, it's in the shop. Your guys already used it yesterday, ask Marco. @x_extractor
S3: Oh, okay, good.
S1: Linen. We got shorted again. Sixty king sheets short and like forty bath towels.
S2: That's three times this month.
S1: It's the new route driver, I think. I need somebody to call them who's not gonna lose their temper. Jason?
S2: Ha. Yeah, I'll call the account rep when they open at nine and get a second drop today. @a_linen
S1: Today, we need it today, I'm not running out on a wedding Saturday.
S2: Today, I got it. @a_linen1
S3: And meanwhile? I need sheets on five right now.
S1: Pull the spare kings from the sixth floor closet, the par stock we keep for emergencies. Use those first and we'll replace them when the drop comes. @d_par
S3: Okay.
S2: Should we be looking at a different vendor? Because honestly.
S1: Not today. That's a conversation with the GM, not a Saturday stand-up. @x_vendor
S2: Fair.
S1: VIPs.
S5: Twelve-oh-one, Mr. and Mrs. Haddad, they're platinum, arriving at two. They've stayed with us like fifteen times. I'll do the welcome note and I'll order the amenity, the fruit and the wine, and get it up to the room before two. @a_vip
S1: Denise, make sure twelve-oh-one is inspected first thing on twelve. @x_1201a
S3: Already did it, I inspected it last night before I left. @x_1201
S1: Love you. Okay, anybody want to offer late checkout to the departures to be nice? I know the guests always ask. @x_late
S2: Not at ninety-six percent. Nobody gets late checkout today unless they're platinum. @x_late_dec0
S1: Agreed, no late checkouts, platinum only. @x_late_dec
S1: Lost and found, we have a diamond ring. Found in three-thirty-eight by Keisha, yesterday.
S5: Oh wow.
S1: It's in my office safe right now but it needs to go in the security log, chain of custody, all that. Security needs to log it and try to get hold of the guest today. @a_ring
S2: I'll let them know at the desk if the guest calls.
S1: Okay. Anything else? No? Same time tomorrow, quarter to eight. Let's go. @nm
'''
DECISIONS=[
 {"text":"Early check-in only for the bridal party's six rooms; the rest of the wedding block checks in at 4 pm with bag storage","ev":["d_early"]},
 {"text":"Use the sixth-floor emergency par stock of king sheets until the replacement linen drop arrives","ev":["d_par"]},
 {"text":"No late checkouts today except for platinum guests","ev":["x_late_dec0","x_late_dec"]},
]
ACTIONS=[
 {"task":"Have the six bridal-party rooms on floor five cleaned and ready for early check-in","owner":"Denise Carter",
  "due_rule":"today","due_text":"by noon","deliverable":"Six rooms ready","ev":["d_early","a_five"]},
 {"task":"Repair the AC compressor in room 412 and notify housekeeping when it is done","owner":"Luis Ortega",
  "due_rule":"today","due_text":"by three","deliverable":"Room 412 back in service","ev":["a_ac0","a_ac"]},
 {"task":"Call the laundry vendor's account rep about the short delivery and get a second linen drop today","owner":"Jason Park",
  "due_rule":"today","due_text":"today, when they open at nine","deliverable":"Second linen delivery","ev":["a_linen","a_linen1"]},
 {"task":"Prepare the welcome note and order the fruit and wine amenity for VIP guests in room 1201","owner":"Tamika Brooks",
  "due_rule":"today","due_text":"before they arrive at two","deliverable":"Welcome note and amenity in 1201","ev":["a_vip"]},
 {"task":"Log the ring found in room 338 in the security log and try to contact the guest","owner":None,"department":"Security",
  "due_rule":"today","due_text":"today","deliverable":"Lost-and-found log entry","ev":["a_ring"]},
]
NEXT={"date_rule":"tomorrow","time":"07:45","ev":["nm"],"text":"Same time tomorrow"}
NOT_ACTIONS=[
 {"ev":["x_chiller"],"why":"Hypothetical: only if the roof chiller fails again","kind":"hypothetical"},
 {"ev":["x_extractor"],"why":"Carpet extractor already delivered and in use","kind":"completed"},
 {"ev":["x_vendor"],"why":"Changing linen vendor pushed to a conversation with the GM","kind":"deferred"},
 {"ev":["x_1201a","x_1201"],"why":"Room 1201 already inspected the night before","kind":"completed"},
 {"ev":["x_late"],"why":"Proposal to offer late checkout to all departures was turned down","kind":"rejected"},
]
