STEM='f_en514_sports_league_board'
LANG='en'
MEETING={"title":"Ottawa Valley Slo-Pitch League: Board of Directors, January meeting","date":"2026-01-20","start":"19:30","end":"20:50",
 "location":"Royal Canadian Legion Branch 480, upstairs meeting room",
 "host":"Denise Fortier","recorder":"Marcy Tremblay",
 "attendees":[
  {"name":"Denise Fortier","department":"Executive","title":"President"},
  {"name":"Kyle MacAulay","department":"Finance","title":"Treasurer"},
  {"name":"Marcy Tremblay","department":"Executive","title":"Secretary"},
  {"name":"Raj Gill","department":"Registration","title":"Registrar"},
  {"name":"Bobby Lacroix","department":"Officiating","title":"Umpire Coordinator"},
  {"name":"Tanya Kowalchuk","department":"Fields and Equipment","title":"Fields and Equipment Director"}],
 "agenda":["Approval of December minutes","Treasurer's report and 2026 registration fee","Field permits","Umpires","Discipline: October playoff incident","Year-end banquet","New business"],
 "consent":{"confirmed":True,"method":"Secretary asked at call to order; all directors agreed to the recording for the minutes","by":"Marcy Tremblay"}}
SPEAKERS={"S1":"Denise Fortier","S2":"Kyle MacAulay","S3":"Marcy Tremblay","S4":"Raj Gill","S5":"Bobby Lacroix","S6":"Tanya Kowalchuk"}
LINES='''
S1: Okay, it's seven thirty-two, let's get going before Bobby finishes the nachos.
S5: I'm sharing. Nobody's taking any.
S3: Before we start, I'm recording this again for the minutes, same as last time. Everybody okay?
S2: Yep.
S4: Sure.
S1: Good. First thing, the December minutes. Marcy sent them out last week. Any changes? No? Can I get a motion to approve?
S6: I'll move it.
S2: Seconded.
S1: All in favour? Great, approved. Kyle, money.
S2: Okay, so. We've got forty-two hundred and change in the chequing account, which sounds fine until you look at what's coming. Insurance renewal is coming in higher, the association told us to expect about twelve percent. City permit fees went up again. And we paid for the new bases and the pitching mats in the fall.
S1: So where does that leave us on fees?
S2: At ninety-five a player, we basically break even if every team fills up, and we lose money if we're short a couple of teams like last year. I'm proposing we go to a hundred and five.
S5: A hundred and five. Guys, some of these teams are barely hanging on. The Hopheads had nine players show up half the season.
S2: That's kind of my point, Bobby. When teams fold, we're the ones eating the cost.
S4: For what it's worth, the other leagues in the city are at a hundred and ten, a hundred and fifteen. We'd still be the cheapest.
S5: Yeah, but we're the cheapest because we're the beer league. That's our whole thing.
S6: We'd still be the beer league. Ten bucks is two beers, Bobby.
S5: Two beers at the Legion, maybe.
S1: Okay. Kyle, you want to put that as a motion?
S2: Sure. I move that the 2026 registration fee goes from ninety-five to one hundred and five dollars per player.
S4: I'll second.
S1: All in favour? Kyle, Raj, Tanya, Marcy. That's four. Opposed? Bobby. Okay, four to one, motion carries. A hundred and five it is. @d_fee
S5: Put me down as grumpy.
S3: I'm not putting that in the minutes.
S4: Can I throw something in? What if we did an early-bird rate, like ninety-five if you register before March fifteenth, and then a hundred and five after? Softens it a bit. @x_early1
S2: Honestly, it just eats the increase. Half the league registers in the first two weeks anyway. We'd be right back at ninety-five for most people.
S1: Yeah, I'm with Kyle. No early bird this year, keep it simple. @x_early2
S4: Okay, fair.
S1: So Raj, with the new fee, when's the registration form going up? @a_reg0
S4: Registration opens March first, but I want the form built and tested before then. I'll have it set up with the new fee by the end of the month. @a_reg
S1: Perfect. Tanya, fields.
S6: Okay. So the city's permit application for the summer season is due February thirteenth. Same diamonds as last year, Heron Park one and two, and Mooney's Bay on Thursdays.
S1: And you're doing that? @a_permit0
S6: Yeah, I'll get it in by the thirteenth. I'd like to do it sooner but they haven't posted the new forms yet, typical. @a_permit
S3: Does the city still want the insurance certificate attached to the application? Because last year they sent it back. @x_cert
S6: No clue. They changed the portal again.
S1: The other thing is the lights at Heron Park. Half the poles on diamond two were out all of August. We had games finishing in the pitch dark.
S5: My umps were calling balls and strikes by sound.
S1: I'm going to reach out to the councillor's office about it. She's been good with us before. @a_lights
S6: Good, because I've called Parks twice and got nowhere.
S1: Okay. Bobby. Umpires.
S5: Okay, so this is the real crisis, and I'm not joking. I lost four umps after last season. Two moved, one did his knee, and one just said, and I quote, I'm not getting yelled at for thirty bucks anymore.
S2: Fair.
S5: So two things. One, I want pay to go from thirty a game to thirty-five. Two, I want to run a proper clinic in the spring and recruit, like, the older kids from the minor league, university students, whoever.
S2: I can work thirty-five into the budget, especially now the fee went up. That's actually what some of the increase is for.
S1: Anybody have a problem with thirty-five? No? Okay then, thirty-five a game starting this season. @d_ump
S5: Thank you. Finally.
S1: And the clinic, when is that happening? @a_clinic0
S5: I need to find a gym and someone from the association to run the rules part. I'll have a date for you by next meeting. @a_clinic
S1: Good. Next, discipline. This one's not fun. Marcy, you want to summarize?
S3: Sure. So, the October playoff game, Hopheads against the Dirt Divers. A Hopheads player, and everybody knows who I mean, shoved the plate umpire after he got tossed. The discipline committee met in November and recommended a one-game suspension, to be served at the start of the 2026 season.
S5: One game is soft, if you ask me. He put his hands on my guy.
S1: It was his first incident in like eight years in the league, Bobby. And he apologized to the ump in person, which honestly I didn't expect.
S5: Yeah, he did. I'll give him that.
S1: Okay. So do we uphold the committee's recommendation, one game? Show of hands.
S5: ...Fine. Yeah, okay.
S1: That's everybody. Okay, upheld, one game, served at the start of the season. @d_susp
S1: Marcy, can you send him the letter? @a_letter0
S3: Yep, I'll send it out tomorrow, copy his captain. @a_letter
S1: Thanks. Banquet. Bobby, you did such a great job with the venue last year, would you take that on again? @x_banq1
S5: Denise, honestly, with umpires I just can't this year. I'll be at every diamond every night till June. Somebody else has to. @x_banq2
S6: I'll do it. I know the manager at Pineview, and the Legion would probably give us a deal too. @a_banq0
S1: That'd be amazing, Tanya. Can you get prices from both? @a_banq1
S6: Sure. I'll have prices from both before the end of February. @a_banq
S1: Great. Kyle, you had something on insurance?
S2: Yeah, just that I haven't got the actual number from the association yet, only the twelve percent estimate. I'll chase them and have the real quote in two weeks. @a_ins
S1: Okay. New business. Anyone?
S4: The fifty-plus division. I've had, like, six emails about it. There's a bunch of older guys who want their own division, slower pitching, no sliding.
S6: I love it, but we don't have the diamonds. We can barely fit what we've got.
S1: I think that's a bigger conversation than tonight. Let's table it for the AGM in March and do it properly. @x_fifty
S4: Works for me. They'll be happy it's at least on somebody's list.
S2: Oh, and the jerseys. Just so everyone knows, the order was placed last week. They should be here in April. @x_jersey
S1: Great. Anything else? No? Next meeting is the third Tuesday, so February seventeenth, seven-thirty, here. Can I get a motion to adjourn? @nm0
S3: February seventeenth, seven-thirty. Got it. @nm
S6: So moved.
S5: Seconded. And take the nachos, please.
'''
DECISIONS=[
 {"text":"2026 registration fee raised from $95 to $105 per player (motion carried 4-1)","ev":["d_fee"]},
 {"text":"Umpire pay increased from $30 to $35 a game from this season","ev":["d_ump"]},
 {"text":"Discipline committee's one-game suspension upheld, to be served at the start of the 2026 season","ev":["d_susp"]},
]
ACTIONS=[
 {"task":"Build and test the online registration form with the $105 fee","owner":"Raj Gill","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Registration form","ev":["a_reg0","a_reg"]},
 {"task":"Submit the city field permit application (Heron Park 1 and 2, Mooney's Bay Thursdays)","owner":"Tanya Kowalchuk","due_rule":"md:02-13","due_text":"by the thirteenth (due February thirteenth)","deliverable":"Permit application","ev":["a_permit0","a_permit"]},
 {"task":"Contact the councillor's office about the broken lights on Heron Park diamond two","owner":"Denise Fortier","due_rule":None,"due_text":None,"ev":["a_lights"]},
 {"task":"Find a gym and an association instructor and set a date for the spring umpire clinic","owner":"Bobby Lacroix","due_rule":"next_meeting","due_text":"by next meeting","deliverable":"Umpire clinic date","ev":["a_clinic0","a_clinic"]},
 {"task":"Send the suspension letter to the player, copying his captain","owner":"Marcy Tremblay","due_rule":"tomorrow","due_text":"tomorrow","deliverable":"Suspension letter","ev":["a_letter0","a_letter"]},
 {"task":"Get banquet venue prices from Pineview and the Legion","owner":"Tanya Kowalchuk","due_rule":"next_month_end","due_text":"before the end of February","deliverable":"Venue price comparison","ev":["a_banq0","a_banq1","a_banq"]},
 {"task":"Chase the association for the actual insurance renewal quote","owner":"Kyle MacAulay","due_rule":"weeks:2","due_text":"in two weeks","deliverable":"Insurance renewal quote","ev":["a_ins"]},
]
NEXT={"date_rule":"iso:2026-02-17","time":"19:30","ev":["nm0","nm"],"text":"Third Tuesday, February 17, 7:30, Legion"}
NOT_ACTIONS=[
 {"ev":["x_early1","x_early2"],"why":"Early-bird registration rate proposed by Raj and turned down","kind":"rejected"},
 {"ev":["x_cert"],"why":"Question whether the city wants the insurance certificate; nobody knew, left open","kind":"question"},
 {"ev":["x_banq1","x_banq2"],"why":"Bobby asked to organise the banquet venue again; declined, Tanya took it","kind":"declined"},
 {"ev":["x_fifty"],"why":"50-plus division tabled to the March AGM","kind":"deferred"},
 {"ev":["x_jersey"],"why":"Jersey order already placed last week","kind":"completed"},
]
