STEM='f_en412_orchestra_management'
LANG='en'
MEETING={"title":"Northern Sinfonia Players – management team meeting","date":"2026-11-17","start":"10:00","end":"11:05",
 "location":"Admin office, Sage Hall","host":"Catherine Ellery","recorder":"Ben Adeyemi",
 "attendees":[{"name":"Catherine Ellery","department":"Executive","title":"Chief Executive"},
  {"name":"Ben Adeyemi","department":"Executive","title":"Executive Assistant"},
  {"name":"Matthias Vogel","department":"Artistic Planning","title":"Director of Artistic Planning"},
  {"name":"Kylie Brennan","department":"Orchestra Management","title":"Orchestra Manager"},
  {"name":"Tara Goldberg","department":"Marketing","title":"Head of Marketing"},
  {"name":"Graham Whitley","department":"Finance","title":"Finance Manager"},
  {"name":"Ruth Abernethy","department":"Players' Committee","title":"Players' Representative (Principal Viola)"}],
 "agenda":["January concert – conductor withdrawal","Christmas concerts sales","Tour to Germany","Players' concerns","AOB"],
 "consent":{"confirmed":True,"method":"Agreed at start","by":"Ben Adeyemi"}}
SPEAKERS={"S1":"Catherine Ellery","S2":"Ben Adeyemi","S3":"Matthias Vogel","S4":"Kylie Brennan","S5":"Tara Goldberg","S6":"Graham Whitley","S7":"Ruth Abernethy"}
LINES='''
S1: Morning all. The elephant in the room first. Matthias.
S3: Yes. So, as you all know by now, Mr Lindqvist has withdrawn from the January concert, the Mahler five. His doctor has told him no flying for two months. So we need a replacement for the fifteenth of January.
S1: Who have we got?
S3: I have spoken with three agents. There are two serious options. One is Elena Sokolova, she knows the piece very well, she has done it in Prague last year, but she wants to change the first half, she does not want to do the Mozart, she wants to do the Berg violin concerto instead.
S5: Berg. In January. In Newcastle.
S3: I know, Tara, I know. The second option is Daniel Okoro, he is young, very exciting, he can keep the programme exactly as it is. But he has never done Mahler five in public.
S7: The orchestra would rather have someone who knows the Mahler. Honestly. It's a monster of a piece, and we've only got three rehearsals.
S4: Three and the general.
S7: Three and the general. Still.
S5: But if we change the programme we have to tell ticket holders, and people will want refunds. We've sold eleven hundred already, most of them are Mozart people, let's be honest.
S6: Refunds would cost us. If ten percent ask, that's roughly four thousand pounds.
S1: What does Sokolova cost compared to Okoro?
S3: Sokolova is higher, about three thousand more. And the Berg needs a soloist, we would need to book one, I have someone who could do it but that is another fee.
S6: So we're talking maybe ten, twelve thousand worse off with Sokolova.
S1: Right. I've heard enough. We go with Okoro and keep the programme as it is. Matthias, offer it to him today. @d_okoro
S3: Okay. I'll call his agent after this meeting. @a_okoro
S7: Can we at least give him an extra sectional? For the strings?
S4: I can look at the schedule. If I can fit a string sectional on the Monday, I'll do it, but the hall's booked most of that week. @sect_hyp
S1: Tara, the announcement.
S5: Once the contract's signed, I'll do the press release and an email to ticket holders. I'd say within a day of signing. @a_press
S1: Good. Christmas concerts. Tara.
S5: So, the Messiah is ninety-four percent sold, that's great. The family Christmas concert is at sixty-one percent, which is not great. It's on the nineteenth of December, a Saturday matinee.
S1: Why's it lagging?
S5: Honestly I think the price. We put it up to twenty-two pounds for adults. Families with three kids, it adds up.
S6: We put it up because the hall hire went up.
S5: I know why we did it.
S1: What do you want to do?
S5: I'd do a family ticket. Two adults, two kids, fifty pounds. We'd need to launch it this week.
S6: At sixty-one percent I'd rather have bums on seats at a lower price than empty seats.
S1: Fine, do it. Family ticket at fifty pounds, launch this week. @d_family
S5: I'll get it live by Thursday. @a_family
S1: Tour. Kylie.
S4: Right, Germany in April. So, Hamburg, Bremen, Dresden, and the Leipzig date has fallen through, the promoter's gone bust.
S3: This is very annoying. The Gewandhaus was the best hall.
S4: It was. So we've got three dates. The question is do we try to fill the gap or go with three.
S6: Three dates, on my numbers, the tour still washes its face, but only just, about two thousand surplus.
S3: I have a contact in Nuremberg, I can ask if they have an evening. But I cannot promise anything, it is very late.
S1: Yes, ask, and let us know. @a_nuremberg
S3: I will ask this week.
S4: The other thing is freight. The instrument freight quote's come back at nineteen thousand, that's six more than last time. I'm getting two more quotes, I'll have them by the end of the month. @a_freight
S1: Ruth. Players.
S7: Thank you. Three things, quickly. One, the heating in the rehearsal hall. It's been freezing for two weeks. The cellos are rehearsing in coats.
S4: That's with the hall management. I've reported it, twice.
S1: Ben, can you get me a meeting with the hall's facilities director? This week if possible. @a_hall
S2: I'll try for Thursday or Friday.
S7: Two, the tour, people want to know the per diems. Last time it was thirty-five euros. People would like forty-five.
S6: Forty-five, on the three-date tour, that's about another two thousand. Which is the whole surplus.
S1: I can't give you an answer on that today, Ruth. Let's see if Nuremberg comes through and decide then. @perdiem_park
S7: Okay. Three, and this is the big one, the players would like to be consulted on the next principal conductor appointment. Properly. Not just told. @consult1
S1: Yes. I agree with that. I'll put a proposal for how the players are involved to the board, at their December meeting. @a_consult
S7: Thank you, that's all.
S1: AOB?
S2: Just, the Christmas party. It's the eighteenth, the Friday, at the Lit and Phil. I need numbers. @party
S1: Email people, Ben. Don't do it here.
S2: Already emailed, I'm just reminding. @done_party
S1: Right. Next management meeting, two weeks today, same time. @nm
'''
DECISIONS=[
 {"text":"Daniel Okoro to replace Mr Lindqvist for the 15 January concert, with the programme unchanged (Mozart and Mahler 5).","ev":["d_okoro"]},
 {"text":"Introduce a family ticket (two adults, two children, GBP 50) for the family Christmas concert, launched this week.","ev":["d_family"]},
]
ACTIONS=[
 {"task":"Offer the 15 January concert to Daniel Okoro through his agent","owner":"Matthias Vogel","due_rule":"today","due_text":"today; after this meeting","deliverable":None,"ev":["a_okoro"]},
 {"task":"Issue the press release and email ticket holders about the conductor change","owner":"Tara Goldberg","due_rule":None,"due_text":"within a day of signing","deliverable":"Press release and ticket-holder email","ev":["a_press"],"note":"Relative to the contract signing, which has no date"},
 {"task":"Put the GBP 50 family ticket on sale","owner":"Tara Goldberg","due_rule":"this:thu","due_text":"by Thursday","deliverable":"Family ticket live","ev":["a_family"]},
 {"task":"Ask the Nuremberg contact whether they have an evening to replace the Leipzig date","owner":"Matthias Vogel","due_rule":"week_end","due_text":"this week","deliverable":None,"ev":["a_nuremberg"]},
 {"task":"Get two more instrument freight quotes for the Germany tour","owner":"Kylie Brennan","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Two freight quotes","ev":["a_freight"]},
 {"task":"Set up a meeting for Catherine with the hall's facilities director about the rehearsal hall heating","owner":"Ben Adeyemi","due_rule":"week_end","due_text":"this week if possible; Thursday or Friday","deliverable":"Meeting booked","ev":["a_hall"]},
 {"task":"Put a proposal to the board on how players are involved in appointing the next principal conductor","owner":"Catherine Ellery","due_rule":None,"due_text":"at their December meeting","deliverable":"Proposal to the board","ev":["consult1","a_consult"],"note":"Board meeting date not given"},
]
NEXT={"date_rule":"weeks:2","time":"10:00","ev":["nm"],"text":"Two weeks today, same time"}
NOT_ACTIONS=[
 {"ev":["sect_hyp"],"why":"Extra string sectional only if the schedule allows","kind":"hypothetical"},
 {"ev":["perdiem_park"],"why":"Per diem increase put off until the Nuremberg date is known","kind":"deferred"},
 {"ev":["party","done_party"],"why":"Christmas party numbers already requested by email","kind":"completed"},
]
EXTRA={"note":"Chair decides the conductor alone after discussion ('I've heard enough')."}
