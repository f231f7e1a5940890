STEM='f_en309_property_management'
LANG='en'
MEETING={"title":"Alder Court – quarterly meeting with the managing agent","date":"2026-11-12","start":"19:00","end":"19:50",
 "location":"Alder Court communal lounge","host":"Deborah Quinn","recorder":"Nathan Cole",
 "attendees":[{"name":"Deborah Quinn","department":"Alder Court Residents' Association","title":"Chair"},
  {"name":"Nathan Cole","department":"Alder Court Residents' Association","title":"Secretary"},
  {"name":"Martin Sheikh","department":"Brookfield Property Management","title":"Property Manager"},
  {"name":"Yvonne Adair","department":"Brookfield Property Management","title":"Accounts Officer"}],
 "agenda":["Lift","Roof leak, flat 14","Service charge budget 2027","Bins over Christmas"],
 "consent":{"confirmed":True,"method":"Asked at the start, all present agreed","by":"Nathan Cole"}}
SPEAKERS={"S1":"Deborah Quinn","S2":"Nathan Cole","S3":"Martin Sheikh","S4":"Yvonne Adair"}
LINES='''
S1: Right, Martin, I'll be honest, people are furious about the lift. It's been out nineteen days.
S3: I know. I know. I'd be furious too.
S1: Mrs Adeyemi on the sixth floor hasn't been out since the first week. She's eighty-four.
S3: The part, the controller board, it's obsolete, Kone had to source it from Germany. It landed yesterday. The engineer's booked for Monday. @done_part
S2: Monday, definitely?
S3: Monday, and if it's not working by Tuesday night, I'll escalate with Kone's regional manager myself. @lift_hyp
S1: And in the meantime? For the people who can't do stairs?
S3: I can arrange for the concierge service to do shopping runs for anyone who needs it. I'll put a notice up tomorrow and put the number on it. @a_concierge
S1: Thank you. That's the first useful thing we've heard about this.
S2: And longer term, the lift's thirty years old. Aren't we just going to be back here in six months? @rhet
S3: Honestly, yes, probably. Kone quoted for modernisation last year, about ninety thousand.
S4: Which isn't in the reserve fund. The fund's at sixty-two.
S1: Let's not get into the modernisation tonight, it needs a proper section 20 consultation anyway. Put it on the agenda for next time. @mod_park
S1: Roof. Flat 14.
S3: We had the roofer up on the second. Failed flashing around the vent stack. He's quoted three thousand six hundred to replace it, plus scaffold, another eight hundred.
S2: Four four total. Is that one quote?
S3: One quote. Under the section 20 threshold, per flat it's about a hundred and ten pounds, so we don't need to consult.
S1: Mr Kaur in 14 has buckets in his bedroom. I don't want to wait for three quotes.
S2: Fine by me as long as it's done before the weather turns properly. And as long as the scaffold isn't up for weeks.
S1: Then go ahead with that roofer, on the condition the job's done, scaffold down, before Christmas. Any objections? ... No. @d_roof
S3: I'll instruct them tomorrow. They said two weeks' lead time, so early December. @a_roof
S1: And Martin, the damage inside flat 14, the ceiling. Is that the building insurance?
S3: It should be. I'll open a claim with the insurer within forty-eight hours and send Mr Kaur the claim number. @a_claim
S1: Service charge budget. Yvonne.
S4: So the draft 2027 budget is in your pack. It's up nine percent. Insurance is up fourteen, cleaning up six, and we've put in four thousand for the reserve, for the lift, well, eventually.
S2: Nine percent. People will not be happy after this year.
S4: I understand. Most of it is insurance, and we did go to market, we got three quotes.
S1: Can we see the three insurance quotes?
S4: Yes, I'll email them to Nathan by the end of next week. @a_quotes
S2: And I'll circulate them to the residents with the budget. Before the consultation closes, that's the thirtieth. @a_circ
S1: Good. Bins.
S3: The council's Christmas schedule's out. No collection on the twenty-fifth, it moves to the twenty-seventh, Sunday.
S1: Last year the bin store overflowed over New Year and we had rats.
S3: I can book an extra collection from our contractor. Hundred and twenty pounds.
S1: Do it. @d_bins
S3: I'll book it for the twenty-ninth. @a_bins
S2: Should we get a rat man in anyway, just preventive? @rat1
S3: The contractor already does a quarterly pest visit. The next one's the eighth of December, so that's covered. @rat2
S1: Okay. I think that's it. When's the next one of these?
S3: Usually February, I'll send some dates round by email. @nm
S1: Fine. Thanks Martin, thanks Yvonne.
'''
DECISIONS=[
 {"text":"The flat 14 roof repair goes ahead with the single roofer's quote (about GBP 4,400 including scaffold), on condition that the work is finished and the scaffold down before Christmas.","ev":["d_roof"]},
 {"text":"An extra bin collection is booked over Christmas (about GBP 120).","ev":["d_bins"]},
]
ACTIONS=[
 {"task":"Put up a notice offering concierge shopping runs for residents who cannot use the stairs, with the phone number","owner":"Martin Sheikh","due_rule":"tomorrow","due_text":"tomorrow","deliverable":"Notice","ev":["a_concierge"]},
 {"task":"Instruct the roofer to replace the vent stack flashing (flat 14)","owner":"Martin Sheikh","due_rule":"tomorrow","due_text":"tomorrow","deliverable":None,"ev":["a_roof"]},
 {"task":"Open a building insurance claim for the flat 14 ceiling damage and send Mr Kaur the claim number","owner":"Martin Sheikh","due_rule":"days:2","due_text":"within forty-eight hours","deliverable":"Claim number","ev":["a_claim"]},
 {"task":"Email Nathan the three insurance quotes","owner":"Yvonne Adair","due_rule":"next:fri","due_text":"by the end of next week","deliverable":"Insurance quotes","ev":["a_quotes"]},
 {"task":"Circulate the insurance quotes to residents with the draft budget","owner":"Nathan Cole","due_rule":"md:11-30","due_text":"before the consultation closes, the thirtieth","deliverable":None,"ev":["a_circ"]},
 {"task":"Book an extra bin collection with the contractor for 29 December","owner":"Martin Sheikh","due_rule":None,"due_text":"book it for the twenty-ninth","deliverable":"Extra collection booked","ev":["a_bins"],"note":"The 29th is the collection date, not a date for booking it"},
]
NEXT={"date_rule":None,"time":None,"ev":["nm"],"text":"Usually February; dates to be sent by email"}
NOT_ACTIONS=[
 {"ev":["done_part"],"why":"Lift controller board has arrived; engineer already booked for Monday","kind":"completed"},
 {"ev":["lift_hyp"],"why":"Escalation to Kone only if the lift is not working by Tuesday night","kind":"hypothetical"},
 {"ev":["rhet"],"why":"Rhetorical question about the lift's age","kind":"rhetorical"},
 {"ev":["mod_park"],"why":"Lift modernisation parked to the next meeting","kind":"deferred"},
 {"ev":["rat1","rat2"],"why":"Extra pest control not needed; quarterly visit already scheduled","kind":"rejected"},
]
EXTRA={"note":"No next meeting date: 'usually February, dates by email'. The roof repair approval is conditional (done before Christmas)."}
