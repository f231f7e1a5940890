STEM='f_en533_parish_council'
LANG='en'
MEETING={"title":"Little Wexcombe Parish Council - Ordinary Meeting","date":"2026-09-14","start":"19:30","end":"21:05",
 "location":"Little Wexcombe Village Hall",
 "host":"Margaret Holloway","recorder":"Helen Ashby",
 "attendees":[
  {"name":"Margaret Holloway","department":"Parish Council","title":"Chair"},
  {"name":"David Pryce","department":"Parish Council","title":"Vice-Chair"},
  {"name":"Helen Ashby","department":"Clerk's Office","title":"Parish Clerk and RFO"},
  {"name":"Raj Bhatt","department":"Parish Council","title":"Councillor"},
  {"name":"Sue Fenwick","department":"Parish Council","title":"Councillor"},
  {"name":"Tony Marsh","department":"Parish Council","title":"Councillor"},
  {"name":"Emma Whitlock","department":"Parish Council","title":"Councillor"}],
 "absent":[{"name":"Graham Till","department":"Parish Council","reason":"Work commitments"}],
 "agenda":["Apologies","Declarations of interest","Public participation","Minutes of the meeting of 13 July","Planning: 26/01432/FUL, land at Mill Lane","Community Speedwatch","Play area inspection report","Grass cutting contract 2027-2029","Finance: payments and budget timetable","Correspondence","Date of next meeting"],
 "consent":{"confirmed":True,"method":"Chair announced that the meeting is recorded by the clerk for the minutes; notice also on the agenda","by":"Helen Ashby"}}
SPEAKERS={"S1":"Margaret Holloway","S2":"David Pryce","S3":"Helen Ashby","S4":"Raj Bhatt","S5":"Sue Fenwick","S6":"Tony Marsh","S7":"Emma Whitlock","S8":None}
LINES='''
S1: Good evening, everyone, it's half past seven so I'll open the meeting. Just a reminder that Helen records the meeting for the minutes, and the recording is deleted once the minutes are approved.
S1: Item one, apologies. Helen?
S3: Apologies received from Councillor Till, work commitments.
S1: Thank you. Item two, declarations of interest.
S6: Yes, Chair. Item five, the Mill Lane application. The applicant farms the land next to mine and we share a track, so I'll declare a pecuniary interest and leave the room for that item.
S1: Thank you, Tony, noted. Item three, public participation. We have one member of the public this evening. You have three minutes, sir.
S8: Thank you. I live on Church Row, opposite the bus stop. The bus stop has no seat, and there are quite a few older people who stand there for the twenty past nine to town. I'd like the council to put a bench there.
S1: Thank you. I'm afraid we can't make a decision tonight because it's not on the agenda, but if you'd be good enough to put it in writing to Helen, we'll put it on a future agenda. @x_bench
S8: I'll do that. Thank you.
S1: Item four, the minutes of the meeting of the thirteenth of July. Any corrections?
S7: Page two, it says Councillor Whitlock reported on the footpath. It was Councillor Fenwick, I wasn't there.
S5: That's right, it was me.
S3: Noted, I've amended my copy.
S1: With that correction, can I have a proposer?
S2: Proposed.
S5: Seconded.
S1: All in favour? That's unanimous. The minutes are approved as a true record and I'll sign them. @d_minutes
S1: Item five. Tony's leaving us for this one.
S6: I'll be in the kitchen.
S1: Right, 26/01432/FUL, land at Mill Lane, nine dwellings with new access on to Mill Lane. Helen, the consultation date?
S3: Comments have to be in by the twenty-first, so next Monday.
S2: I've been down and looked at it. The access is on the bend by the old mill, and the visibility there is dreadful. And that field floods every winter, the whole corner is under water from November to February.
S4: I'm not against housing in the village as such. We need some smaller homes. But not with that access.
S7: And there's nothing in it about affordable homes, it's all four bedroom.
S1: So the grounds would be highway safety at the access, flooding and drainage, and the mix of housing. Is there a proposal?
S4: I'll propose we object on those three grounds. @d_obj0
S7: Seconded.
S1: All those in favour? Four. Against? None. Abstentions?
S5: I'll abstain, I haven't had the chance to look at the site.
S1: Four in favour, one abstention. The council resolves to object to 26/01432/FUL on highway safety, flooding and drainage, and the housing mix. @d_object
S1: Helen, you'll submit that? @a_obj0
S3: Yes, I'll write it up and submit it on the portal by the twenty-first. @a_object
S2: What if it goes to appeal? Would we have to get a planning consultant?
S3: If it went to appeal we could submit written representations ourselves, we wouldn't need a consultant. But let's see what the district decides first. @x_appeal
S2: On Mill Lane, I'd also like to get the county councillor to look at the drainage, because the ditches haven't been cleared in years. I'll email Councillor Hart tomorrow. @a_hart
S1: Thank you, David. Can someone fetch Tony back in?
S6: I'm back. What did I miss? No, don't tell me.
S1: Item six, Community Speedwatch. Raj.
S4: So the police have given us the green light again for the autumn. We've got the equipment back from Upper Wexcombe. What we need is someone to coordinate the volunteers and send the rota to the police.
S1: Tony, you did it last year, would you be willing again?
S6: I'm sorry, Margaret, not this autumn. It's harvest and I've got my daughter's wedding in October. I just can't. @x_tony
S4: I'll do it. I've got the list of volunteers from last year anyway. @a_speed0
S1: Thank you, Raj.
S4: The police want the rota by the end of the month. I'll get it done and sent by then. @a_speed
S7: Can I ask whether we could buy our own speed sign? The flashing ones. Crossbrook has one and it's made a real difference.
S3: The quotes I've seen are around three thousand pounds with the pole and the installation.
S5: I'd rather see the Speedwatch data first before we spend three thousand pounds.
S1: Is there a seconder for Emma's suggestion? No. Then it falls for tonight. @x_sign
S7: Fair enough.
S1: Item seven, play area inspection report. Sue.
S5: The annual inspection was on the second of September. Nothing high risk. Two medium risks. The zip wire seat is cracked, and there's wear on the matting under the swings.
S5: The dog waste bin by the gate that people were complaining about, the district replaced it last week, so that's sorted. @x_bin
S2: Is the zip wire safe to use?
S5: The inspector says yes for now, but it should be replaced within three months.
S1: I'd like the play area working group to get quotes for the zip wire seat and the matting, and bring them to the October meeting. @a_play
S5: Yes, the working group can do that. @a_play2
S1: Item eight, the grass cutting contract for 2027 to 2029. Helen has circulated the three quotes.
S3: Yes. Hedgerow Grounds, four thousand eight hundred and fifty a year. Greenway Services, four thousand two hundred. And A and J Landscapes, five thousand six hundred.
S2: Greenway are cheapest but they're the ones Little Marden got rid of. They missed half the cuts in June.
S6: A and J are good but that's a lot of money for the size of the village.
S4: Hedgerow do the churchyard already, and the vicar's very happy with them.
S1: So, Hedgerow at four thousand eight hundred and fifty a year for three years. Proposer? @d_grass0
S6: Proposed.
S4: Seconded.
S1: All in favour? Unanimous. The contract goes to Hedgerow Grounds. @d_grass
S3: I'll write to Hedgerow to accept and to the other two to let them know, by Friday. @a_grass
S1: Item nine, finance. Helen.
S3: You've all had the payments schedule. Eleven payments, total two thousand one hundred and eighty pounds sixteen, including the play area inspection and the hall hire.
S1: Any questions on the payments? No. Can I have a proposer to approve them?
S7: Proposed.
S2: Seconded.
S1: All in favour? Thank you, the payments are approved. @d_payments
S3: And the budget timetable. I'd like to get the draft budget and precept figures to you all well before the October meeting, so there's time to read them. @a_budget0
S1: When can you have them out? @a_budget1
S3: By the first of October. @a_budget
S1: Excellent. Item ten, correspondence.
S3: Two things. The district's consultation on the local plan closes in November, and there's a letter from the school asking about the hall for their Christmas fair.
S1: I'd rather not rush either of those tonight. Let's hold them both over and take them properly in October. @x_corr
S4: Do we know yet if the local plan has Mill Lane in it?
S3: Not in the current draft, no.
S1: Item eleven. The next meeting is Monday the twelfth of October at half past seven, here in the village hall. @nm
S6: Twelfth. Is that the week of the harvest supper?
S5: No, the supper's the seventeenth.
S1: Then that's fine. If there's no other business, I'll close the meeting. Thank you, everyone. It's five past nine.
'''
DECISIONS=[
 {"text":"Minutes of the meeting of 13 July approved as a true record, with the correction on page two","ev":["d_minutes"]},
 {"text":"Council resolves to object to application 26/01432/FUL (Mill Lane) on highway safety, flooding and drainage, and the housing mix (four for, one abstention)","ev":["d_obj0","d_object"]},
 {"text":"Grass cutting contract for 2027-2029 awarded to Hedgerow Grounds at £4,850 a year","ev":["d_grass0","d_grass"]},
 {"text":"Payments schedule approved (eleven payments, £2,180.16)","ev":["d_payments"]},
]
ACTIONS=[
 {"task":"Write up the council's objection to 26/01432/FUL and submit it on the planning portal","owner":"Helen Ashby","due_rule":"dom:21","due_text":"by the twenty-first","deliverable":"Planning objection","ev":["a_obj0","a_object"]},
 {"task":"Email the county councillor about the uncleared ditches and drainage on Mill Lane","owner":"David Pryce","due_rule":"tomorrow","due_text":"tomorrow","deliverable":None,"ev":["a_hart"]},
 {"task":"Coordinate the Speedwatch volunteers and send the rota to the police","owner":"Raj Bhatt","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Speedwatch rota","ev":["a_speed0","a_speed"]},
 {"task":"Obtain quotes for replacing the zip wire seat and the swing matting","owner":None,"department":"Play Area Working Group","due_rule":"next_meeting","due_text":"bring them to the October meeting","deliverable":"Quotes","ev":["a_play","a_play2"]},
 {"task":"Write to Hedgerow Grounds accepting the grass cutting quote and inform the two unsuccessful contractors","owner":"Helen Ashby","due_rule":"this:fri","due_text":"by Friday","deliverable":"Letters to contractors","ev":["a_grass"]},
 {"task":"Circulate the draft budget and precept figures to councillors","owner":"Helen Ashby","due_rule":"next_dom:1","due_text":"by the first of October","deliverable":"Draft budget and precept figures","ev":["a_budget0","a_budget1","a_budget"]},
]
NEXT={"date_rule":"md:10-12","time":"19:30","ev":["nm"],"text":"Ordinary meeting, Little Wexcombe Village Hall"}
NOT_ACTIONS=[
 {"ev":["x_bench"],"why":"Bench at the bus stop not on the agenda; resident to write in for a future meeting","kind":"deferred"},
 {"ev":["x_appeal"],"why":"What would happen at an appeal is hypothetical","kind":"hypothetical"},
 {"ev":["x_tony"],"why":"Tony Marsh declined to coordinate Speedwatch; Raj Bhatt volunteered","kind":"declined"},
 {"ev":["x_sign"],"why":"Buying a speed indicator sign was not seconded and fell","kind":"rejected"},
 {"ev":["x_corr"],"why":"The local plan consultation and the school's request held over to October","kind":"deferred"},
 {"ev":["x_bin"],"why":"Dog waste bin already replaced by the district","kind":"completed"},
]
EXTRA={"note":"English parish council, formal resolutions with proposer and seconder. Member of the public (S8) speaks under public participation and is not on the roster. Tony Marsh leaves the room for the Mill Lane item."}
