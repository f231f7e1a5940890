STEM='f_en512_museum_exhibitions'
LANG='en'
MEETING={"title":"Exhibitions Planning Group","date":"2026-06-17","start":"10:00","end":"11:30",
 "location":"Harbourside Museum and Art Gallery, Board Room (2nd floor)",
 "host":"Helen Marsh","recorder":"Priti Shah",
 "attendees":[
  {"name":"Helen Marsh","department":"Exhibitions","title":"Head of Exhibitions"},
  {"name":"Rupert Fenwick","department":"Curatorial","title":"Senior Curator, Social History"},
  {"name":"Nadia Rahman","department":"Collections","title":"Registrar"},
  {"name":"Callum Reid","department":"Technical Services","title":"Exhibitions Technician"},
  {"name":"Megan Doyle","department":"Learning","title":"Learning and Engagement Manager"},
  {"name":"Oliver Grant","department":"Marketing","title":"Marketing Officer"},
  {"name":"Priti Shah","department":"Exhibitions","title":"Exhibitions Coordinator"}],
 "agenda":["Salt and Steam (autumn 2026): loans, text, AV, opening","Spring 2027 slot: touring show or in-house","Summer family trail","AOB"],
 "consent":{"confirmed":True,"method":"Chair asked at the start; all present agreed, including the caller from the collections store","by":"Priti Shah"}}
SPEAKERS={"S1":"Helen Marsh","S2":"Rupert Fenwick","S3":"Nadia Rahman","S4":"Callum Reid","S5":"Megan Doyle","S6":"Oliver Grant","S7":"Priti Shah","S8":None}
LINES='''
S1: Shall we make a start? Oliver's on his way up, he said two minutes, which means five.
S7: I've got the recorder going, Helen. Is everyone happy to be recorded? It's just for my notes.
S2: Fine.
S3: Yes, fine.
S1: And we've got someone from the store on the speakerphone, I think? Hello?
S8: Hello, yes, sorry, it's conservation, I'm over at the store. I can hear you fine. Recording's fine with me.
S1: Lovely, thank you for dialling in. Right. Salt and Steam first, because it's the big one and it's going to eat the meeting if we let it. Nadia, loans.
S3: So. The Maritime Trust have said yes to everything on the list except the pilot boat, which is going to Hull. So that's the figurehead, the two ship models, the harbourmaster's ledgers and the signal lamps.
S2: Oh, that's brilliant. I was really worried about the ledgers.
S3: They're happy. The loan agreements are drafted, I just need Rupert's final object numbers and then they can go.
S2: I sent them last night, Nadia. Check your junk folder, it's been eating my emails.
S1: And when do the agreements go to the Trust? @a_loans0
S3: I'll send them off by Friday. They've asked for them this week anyway. @a_loans
S1: Good. And the indemnity?
S3: Already done. The indemnity application went in last week, I've had the acknowledgement. @x_indem
S1: Oh, well done. That's usually the thing that bites us.
S1: Did anyone ask the Trust whether they'll want a courier for the figurehead? Because that's travel and a hotel. @x_courier
S3: Good question. They didn't say, it wasn't in their conditions.
S6: Sorry, sorry, I'm here. What have I missed?
S1: Loans. All fine. Sit down, Oliver. Rupert, while we're on objects, you wanted to talk about the crane.
S2: Yes. So. In the store we have the scale model of the steam crane from the old Number Four dock. It's about four metres long. It would be the most spectacular thing in the show, and nobody's seen it since nineteen ninety-one. I'd really like it in Gallery Two. @x_crane1
S4: Rupert, it weighs about a tonne and a half with the plinth. Gallery Two's a suspended floor. The engineers told us last time, we can't put anything over about four hundred kilos in one spot in there.
S2: Could we spread the load? Some sort of platform?
S4: You'd need a structural engineer to sign it off and you'd still be taking out the window bay. And it'd need to come in through the roof hatch, which means a crane to bring in the crane.
S6: That's quite funny, to be fair.
S1: It is funny. But no. Not the crane, Rupert, I'm sorry. Photos of it, a film of it even, but not the thing itself. @x_crane2
S2: I'll sulk quietly.
S1: Noted. Text. Where are we on labels?
S2: Well, this is the other thing. I've drafted about sixty object labels and I'm running at about a hundred and fifty words each, because honestly the ledgers need explaining.
S5: A hundred and fifty is a lot, Rupert. With families, people read the first line and the last line, if you're lucky. We did the visitor tracking last year, the average dwell at a label was, what, eight seconds?
S2: That's with the old labels. People read when there's something worth reading.
S5: I'm not saying dumb it down, I'm saying shorter.
S1: Okay. I'm going to be boring about this. Eighty words for object labels, two hundred and fifty for section panels, and if something really needs more it goes into the gallery book. That's the rule for this one. @d_labels
S2: Eighty. Fine. I'll cut. It'll hurt.
S7: When can I have the final text, Rupert? The designer needs it in by mid-July to hold the print slot.
S2: Mid-July?
S7: Well, she said she needs it in by the tenth, properly. Friday the tenth. @a_text0
S2: Then you'll have it by Friday the tenth. Labels and panels, final, cut down to Helen's eighty. @a_text
S1: Thank you. Callum, AV.
S4: Right, so the soundscape. The idea's dock sounds, the steam whistles, the shift bell, and the oral history clips from the dockers. We've got the clips from the archive, that's all cleared. What I don't have is a proper number yet for the speakers and the players.
S1: Roughly?
S4: Roughly, eight to twelve grand depending on whether we go directional speakers or just put it in the room. Directional is nicer but it's the pricier end.
S1: I need a real number before I go to the director. Can you cost it up properly, both options? @a_av0
S4: Aye. Give me two weeks. Two weeks today, I'll have both options costed. @a_av
S1: Perfect. And while I've got you, Callum, could you do the lighting survey for Gallery Three as well? Half those fittings are still the old halogens. @x_light1
S4: Honestly, Helen, not before October. I'm on the install for Salt and Steam from August and I've got the Waterhouse de-install in between. I just cannot do it. @x_light2
S1: No, that's fair. It'll just have to wait, then. Let's move on. Conservation, are you still there?
S8: Still here.
S1: The two ship models. Where are we with them?
S8: So we had a quick look when they came in for the photography. The rigging on the smaller one is fragile, there's some loose threads, nothing dramatic. We'll need to do full condition reports on both before they go on display and probably a bit of consolidation on the rigging.
S1: And when could you do that? @a_cond0
S8: We've got the textiles project till the end of this month. So July. We can have both condition reports done by the end of July, that's realistic. @a_cond
S1: That works, install's not until September. Thank you.
S3: Can you copy me on the reports? I need them for the loan file.
S8: Course.
S1: Right. Opening. Oliver, this is you.
S6: So public opening is Friday the second of October. Private view the night before, so Thursday the first. I was thinking half six, drinks, speeches at seven.
S1: Everyone okay with Thursday the first for the private view? @x_pv1
S2: Fine by me.
S5: Fine.
S1: Good, Thursday the first it is. @x_pv2
S6: I've asked the Lord Mayor's office, they usually want a slot to say a few words. Waiting to hear.
S5: Can I do the family trail now, because I've got a school group at eleven?
S1: Go on, Megan.
S5: So, summer holidays. We did the pirate trail two years ago and it was mobbed. I'd like to do a harbour trail this year, tied in with Salt and Steam even though the show won't be open yet, sort of a teaser. Around the permanent galleries.
S6: Love that.
S5: Question is whether we charge. Last time it was two pounds a sheet and honestly, for what it brought in, the faff at the desk wasn't worth it.
S1: How much did it bring in?
S5: About four hundred quid over the whole summer.
S1: Then make it free. Nobody's going to argue for four hundred quid. @d_trail1
S3: Agreed.
S2: Free, yes. @d_trail2
S1: Good. Can you bring a draft to the next meeting, so we can all have a look? @a_trail0
S5: Yes, I can do that. I'll bring a draft next time. @a_trail
S6: And I'll want it for the summer brochure, so the earlier the better.
S5: I know, Oliver. I know.
S1: Right, the big one. Spring twenty-seven. We've got to decide today, because if we want Floating World we have to sign by the end of the month.
S7: I've sent everyone the two summaries. Floating World is the touring Japanese print show, the fee's thirty-eight thousand plus transport, and they'd need the temporary gallery for twelve weeks. The other option is Rupert's football one.
S2: Home Ground. A hundred and fifty years of football in the city. And it's the club's hundred-and-fiftieth in twenty-seven, which is the whole point. The club's said they'll lend the early shirts and the cup.
S6: From a marketing point of view the prints are easier. They've got reviews, they've got images, it's a known thing.
S5: But the football one is our audience. That's people who've never been in the building. And we can do so much with schools.
S3: From my side, Home Ground is a lot of small lenders. Fans, families. That's a lot of loan paperwork for me. Floating World comes as one package.
S4: Touring shows come with their own cases, usually. That's less work for me, to be honest.
S2: Oh, come on, Callum.
S4: I'm just saying!
S1: Okay, we've heard everyone. Let's just vote, hands up. Home Ground?
S7: That's me, Helen, Rupert, Megan, and Callum, you've got your hand up?
S4: Aye, go on. I'm a fan, I can't vote against it.
S1: And Floating World? Nadia and Oliver. So that's five to two. Home Ground it is for spring twenty-seven. @d_spring
S6: Fair enough. I'll come round.
S2: Thank you. Thank you, all.
S1: Priti, can you let the touring people know we're not going ahead? Politely. @a_tour1
S7: Yes, I'll email them today. @a_tour2
S1: Right. Any other business. Oh, Megan, before you go, was there something about the app?
S5: Oh, the multimedia guide. The company came back with a quote for an app version of the audio guide, and it's a lot more than we thought.
S1: How much more?
S5: Nearly double.
S1: Let's park the app until the budget round in September, then. We're not deciding that in June. @x_app
S5: Fine by me. Right, I'm off to my school group. Sorry, everyone.
S1: Thanks, Megan.
S6: Helen, slight spanner. I had a text from the Lord Mayor's office while we were talking. They can't do Thursday the first. They can do Wednesday the thirtieth.
S2: Oh, for goodness' sake.
S1: Is that a definite?
S6: Definite. She's away from the first.
S1: Then we move it. Private view Wednesday the thirtieth of September instead, same time, and public opening stays Friday the second. Any objection? No. Good. @d_pv
S7: I'll change it in the timeline. @a_tl0
S6: And I'll get the save-the-dates out, by the end of the month, so people have got it in their diaries before the summer. @a_std
S1: Yes please. Priti, when can we have the updated timeline? @a_tl1
S7: I'll update it with everything from today and send it round tomorrow. @a_tl
S1: Lovely. Next meeting, it'd normally be the third Wednesday, so the fifteenth of July. Ten o'clock again?
S3: Fine.
S4: I'm fine for the fifteenth.
S1: Fifteenth of July, ten o'clock, here. @nm
S8: Shall I dial in again?
S1: Yes please, if you can. Thank you everyone.
'''
DECISIONS=[
 {"text":"Salt and Steam text limits: object labels 80 words, section panels 250 words; anything longer goes in the gallery book","ev":["d_labels"]},
 {"text":"The summer family harbour trail will be free of charge","ev":["d_trail1","d_trail2"]},
 {"text":"Spring 2027 slot goes to the in-house exhibition Home Ground (football) rather than the touring Floating World show (vote 5-2)","ev":["d_spring"]},
 {"text":"Salt and Steam private view moved to Wednesday 30 September; public opening stays Friday 2 October","ev":["d_pv"]},
]
ACTIONS=[
 {"task":"Send the loan agreements to the Maritime Trust","owner":"Nadia Rahman","due_rule":"this:fri","due_text":"by Friday","deliverable":"Signed-off loan agreements","ev":["a_loans0","a_loans"]},
 {"task":"Deliver final Salt and Steam label and panel text, cut to the 80/250-word limits","owner":"Rupert Fenwick","due_rule":"md:07-10","due_text":"by Friday the tenth","deliverable":"Final label and panel text","ev":["a_text0","a_text"]},
 {"task":"Cost the soundscape AV both ways (directional speakers vs room sound)","owner":"Callum Reid","due_rule":"weeks:2","due_text":"two weeks today","deliverable":"Costed AV options","ev":["a_av0","a_av"]},
 {"task":"Complete condition reports on the two Maritime Trust ship models (copy to the registrar)","owner":None,"department":"Conservation","due_rule":"next_month_end","due_text":"by the end of July","deliverable":"Condition reports","ev":["a_cond0","a_cond"]},
 {"task":"Bring a draft of the summer family harbour trail","owner":"Megan Doyle","due_rule":"next_meeting","due_text":"to the next meeting","deliverable":"Draft family trail","ev":["a_trail0","a_trail"]},
 {"task":"Tell the Floating World touring organisers that the museum is not taking the show","owner":"Priti Shah","due_rule":"today","due_text":"today","deliverable":"Email to touring organisers","ev":["a_tour1","a_tour2"]},
 {"task":"Send save-the-date invitations for the 30 September private view","owner":"Oliver Grant","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Save-the-dates","ev":["a_std"]},
 {"task":"Update the exhibition timeline with today's changes and circulate it","owner":"Priti Shah","due_rule":"tomorrow","due_text":"tomorrow","deliverable":"Updated timeline","ev":["a_tl0","a_tl1","a_tl"]},
]
NEXT={"date_rule":"next_dom:15","time":"10:00","ev":["nm"],"text":"Fifteenth of July, ten o'clock, Board Room"}
NOT_ACTIONS=[
 {"ev":["x_indem"],"why":"Government indemnity application already submitted last week","kind":"completed"},
 {"ev":["x_courier"],"why":"Question about a courier for the figurehead, left open","kind":"question"},
 {"ev":["x_crane1","x_crane2"],"why":"Rupert's request to display the steam crane model turned down (floor loading)","kind":"rejected"},
 {"ev":["x_light1","x_light2"],"why":"Callum asked to do the Gallery Three lighting survey; declined, no capacity before October","kind":"declined"},
 {"ev":["x_pv1","x_pv2"],"why":"Private view first agreed for Thursday 1 October, later moved to Wednesday 30 September","kind":"superseded","target":"decision"},
 {"ev":["x_app"],"why":"Multimedia guide app parked until the September budget round","kind":"deferred"},
]
EXTRA={"note":"S8 is an unnamed caller from conservation (not on the roster); the condition-report action is owned by the Conservation department with no named owner. Private view decision reversed mid-meeting."}
