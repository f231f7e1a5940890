STEM='f_en304_planning_committee'
LANG='en'
MEETING={"title":"Westmoor District Council – Planning Committee","date":"2026-09-15","start":"18:30","end":"20:15",
 "location":"Council Chamber, Westmoor Civic Centre","host":"Cllr Geoffrey Marsh","recorder":"Lucy Grant",
 "attendees":[{"name":"Cllr Geoffrey Marsh","department":"Planning Committee","title":"Chair"},
  {"name":"Cllr Bev Thornton","department":"Planning Committee","title":"Vice-Chair"},
  {"name":"Cllr Imran Siddiqui","department":"Planning Committee","title":"Member"},
  {"name":"Cllr Helen Moss","department":"Planning Committee","title":"Member"},
  {"name":"Amira Hassan","department":"Planning Services","title":"Principal Planning Officer"},
  {"name":"Jonathan Reeve","department":"Legal Services","title":"Solicitor"},
  {"name":"Lucy Grant","department":"Democratic Services","title":"Democratic Services Officer"}],
 "agenda":["Declarations of interest","24/0815/FUL – 12 High Street, change of use to hot food takeaway","24/0902/OUT – Land off Mill Lane, up to 46 dwellings","Appeals update"],
 "consent":{"confirmed":True,"method":"Public meeting, webcast notice read by the Chair","by":"Lucy Grant"}}
SPEAKERS={"S1":"Cllr Geoffrey Marsh","S2":"Amira Hassan","S3":"Jonathan Reeve","S4":"Cllr Bev Thornton","S5":"Cllr Imran Siddiqui","S6":"Cllr Helen Moss","S7":"Lucy Grant","S8":None}
LINES='''
S1: Good evening and welcome to this meeting of the Planning Committee. This meeting is being webcast. Nine members present, so we're quorate. Declarations of interest?
S6: Chair, for item two, Mill Lane, I live about four hundred metres from the site. It's not a pecuniary interest but I'll declare it and I'll keep an open mind.
S3: Thank you Councillor Moss. That's noted, you can take part.
S1: Item one. 12 High Street, change of use from the former bank to a hot food takeaway. Amira.
S2: Thank you Chair. The application is for change of use of the ground floor to a takeaway, with an extraction flue at the rear. The town centre policy supports active uses. Environmental Health have no objection subject to conditions on the flue and odour. Officer recommendation is approval, subject to the eleven conditions in the report, including opening hours of eight a.m. to eleven p.m. seven days a week.
S1: We have one registered speaker in objection. You have three minutes, sir.
S8: Thank you. My name is Colin Dawson, I live at 14a, directly above the neighbouring shop. Eleven o'clock at night, seven days a week, that's people outside my window till midnight. Cars idling. We already have two takeaways on that stretch. And the flue comes out twelve feet from my bedroom.
S8: I'm not against the building being used, it's been empty two years, but eleven p.m. is too late for a residential street.
S1: Thank you Mr Dawson. Members, questions for the officer.
S5: Amira, the flue. Twelve feet from a bedroom window, is that right? Have Environmental Health seen the drawings?
S2: They have. The flue discharges one metre above the ridge, which is the standard they apply. Condition four requires a filtration spec to be approved before the use starts.
S4: I'm broadly supportive, we want the high street used. But I'm with Mr Dawson on the hours. Ten o'clock would be more in keeping, the pub closes at eleven anyway and that's a different thing.
S5: Does the applicant accept ten?
S2: We haven't asked them. They applied for eleven. Legally the committee can impose a different hours condition if it's reasonable.
S3: That's right, Chair. A ten p.m. closing would need a clear planning reason, which would be residential amenity, that's a legitimate reason.
S4: Then I move approval as per the officer recommendation, but with condition seven amended to opening hours eight a.m. to ten p.m.
S6: Seconded.
S1: Any further debate? No. Then we'll vote on Councillor Thornton's motion, approval with the amended hours. All those in favour? That's seven. Against? Two. Abstentions? None. Carried. @d_takeaway
S1: Amira, I take it officers will issue the decision with the amended condition.
S2: Yes Chair, I'll issue the decision notice with condition seven amended, within five working days. @a_notice
S1: Item two. Land off Mill Lane. Outline, up to forty-six dwellings, access to be determined now. Amira.
S2: Thank you. This is an allocated site in the Local Plan, policy H7. The application proposes up to forty-six homes, thirty percent affordable, with access from Mill Lane. County Highways have no objection subject to a Section 106 contribution of one hundred and twenty thousand for junction improvements at Mill Lane and the A614. Recommendation is to approve subject to the legal agreement.
S5: I have to say, I drove down Mill Lane on Saturday, and two cars can't pass each other at the bend by the church. I don't understand how Highways say it's fine.
S6: It's a lane. There's no footway for about two hundred metres. Children walk down it to the school bus.
S2: Highways' response is in appendix three. They modelled the traffic and they say the junction improvement mitigates it. The bend isn't part of the junction.
S4: So nobody's looked at the bend at all. @rhet
S2: Not in the Highways response, no.
S1: Members, I'm hearing real concern about the lane itself. I think members would benefit from seeing it.
S5: Chair, I move that we defer this application for a members' site visit, so we can see the lane and the bend for ourselves.
S4: Seconded.
S3: Chair, if I may, a deferral is fine, but members should be clear the site is allocated. Refusal on highways grounds against a no-objection from County would be very hard to defend at appeal. The principle of housing isn't in question.
S1: Understood. Thank you Jonathan. Vote on the motion to defer for a site visit. In favour? Eight. Against? One. Deferred. @d_defer
S1: Lucy, can we fix the site visit?
S7: Yes Chair. I'd suggest Monday the twenty-eighth, ten a.m., meet at the church. I'll email all members tonight to confirm attendance. @a_visit
S1: Good. And Amira, I'd like Highways to be asked specifically about the bend and the footway before it comes back. @a_hw0
S2: I'll write to County Highways and ask for a response on the bend and the footway. I'll ask for it within fourteen days so we have it before the October committee. @a_hw
S6: Should we also be asking the school about the bus stop? @bus1
S1: I think Highways will cover it. Let's see what they say first. @bus2
S1: Jonathan, anything more on the legal agreement?
S3: The Section 106 heads of terms are agreed in principle with the applicant. If members want a footway contribution added, that would need to be negotiated. I can prepare a short note on what could lawfully be added, for the October meeting. @a_s106
S1: Please do.
S1: Item three, appeals. Amira.
S2: Just one. The barn conversion at Holt Farm, which the committee refused in May against officer advice. The appeal was allowed last week, and costs were not awarded. The decision letter is in your pack. @done_appeal
S4: At least no costs.
S5: We should learn from that one. Do members get any training on defending appeals?
S7: There's a members' training session on planning appeals already booked for the sixth of October. It went out in the bulletin. @done_training
S5: Oh. I missed that, apologies.
S1: That concludes the business. The next meeting of this committee is Tuesday the thirteenth of October at six thirty, here in the chamber. Thank you all, the meeting is closed. @nm
'''
DECISIONS=[
 {"text":"24/0815/FUL (12 High Street): approved as per the officer recommendation with condition 7 amended to opening hours 08:00–22:00; vote 7 for, 2 against.","ev":["d_takeaway"]},
 {"text":"24/0902/OUT (Land off Mill Lane): deferred for a members' site visit; vote 8 for, 1 against.","ev":["d_defer"]},
]
ACTIONS=[
 {"task":"Issue the decision notice for 12 High Street with condition 7 amended (08:00–22:00)","owner":"Amira Hassan","due_rule":"workdays:5","due_text":"within five working days","deliverable":"Decision notice","ev":["a_notice"]},
 {"task":"Arrange the Mill Lane members' site visit (Monday 28 September, 10:00, meeting at the church) and email members to confirm attendance","owner":"Lucy Grant","due_rule":"today","due_text":"tonight","deliverable":"Email to members","ev":["a_visit"]},
 {"task":"Write to County Highways asking for a response on the Mill Lane bend and footway","owner":"Amira Hassan","due_rule":None,"due_text":"response asked within fourteen days, before the October committee","deliverable":"Letter to County Highways","ev":["a_hw0","a_hw"],"note":"The fourteen days is the deadline given to Highways for their reply, not a date for sending the letter"},
 {"task":"Prepare a note on what could lawfully be added to the Section 106 agreement (e.g. a footway contribution)","owner":"Jonathan Reeve","due_rule":"md:10-13","due_text":"for the October meeting","deliverable":"Legal note on S106 options","ev":["a_s106"]},
]
NEXT={"date_rule":"md:10-13","time":"18:30","ev":["nm"],"text":"Planning Committee, Tuesday 13 October, 18:30, Council Chamber"}
NOT_ACTIONS=[
 {"ev":["rhet"],"why":"Rhetorical remark that nobody assessed the bend","kind":"rhetorical"},
 {"ev":["bus1","bus2"],"why":"Contacting the school about the bus stop not taken up; left to Highways","kind":"rejected"},
 {"ev":["done_appeal"],"why":"Holt Farm appeal already decided; information only","kind":"completed"},
 {"ev":["done_training"],"why":"Appeals training already booked for 6 October","kind":"completed"},
]
EXTRA={"note":"S8 is a member of the public (Colin Dawson, objector), not on the attendee list, so the speaker name is null. The site visit date (28 September) is an event, not the next meeting."}
