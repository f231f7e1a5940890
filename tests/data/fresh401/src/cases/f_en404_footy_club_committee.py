STEM='f_en404_footy_club_committee'
LANG='en'
MEETING={"title":"Yarra Flats Football Club – committee meeting","date":"2026-05-07","start":"19:30","end":"20:40",
 "location":"Clubrooms, Yarra Flats Reserve","host":"Darren Kowalczyk","recorder":"Mel Fitzgerald",
 "attendees":[{"name":"Darren Kowalczyk","department":"Committee","title":"President"},
  {"name":"Mel Fitzgerald","department":"Committee","title":"Secretary"},
  {"name":"Bronwyn Tait","department":"Committee","title":"Treasurer"},
  {"name":"Shane O'Loughlin","department":"Football Operations","title":"Football Manager"},
  {"name":"Aroha Ngata","department":"Juniors","title":"Junior Coordinator"},
  {"name":"Vince Caruso","department":"Canteen","title":"Canteen and Bar Manager"}],
 "absent":[{"name":"Jess Lam","department":"Committee","reason":"Work"}],
 "agenda":["Treasurer's report","Lights","Women's team","Juniors","Canteen","General business"],
 "consent":{"confirmed":True,"method":"Secretary's phone recording, agreed at start","by":"Mel Fitzgerald"}}
SPEAKERS={"S1":"Darren Kowalczyk","S2":"Mel Fitzgerald","S3":"Bronwyn Tait","S4":"Shane O'Loughlin","S5":"Aroha Ngata","S6":"Vince Caruso"}
LINES='''
S1: Righto, let's get cracking, it's half seven and the footy's on at eight so I'm motivated. Apologies, Jess. Minutes of last meeting, can someone move them?
S3: I'll move.
S4: Seconded.
S1: All in favour? Carried. Bronwyn, money.
S3: So, not a lot of it. We've got twenty-three grand in the main account, about nine of that's committed to the lights deposit. Sponsorship's down, we lost the bakery, they've closed.
S6: Ah, that's a shame, they did good pies.
S3: They did. Bar takings are up, so well done Vince. Membership's steady, three hundred and twelve.
S1: Good. Lights. Shane.
S4: Yeah, so the council grant came through, forty thousand, we put in twenty, that's the nine deposit plus eleven more when it's done. Contractor wants to start in the last week of June. That means no night training on the main oval for about three weeks.
S5: Three weeks in July? The juniors train Tuesday Thursday nights.
S4: They can use the back oval, there's lights there, not great ones, but lights.
S5: The back oval's a swamp in July, mate.
S4: I know, but it's three weeks and then we've got proper lights forever.
S1: I reckon we just wear it. We've been waiting for these lights for ten years. I'll take a motion. Motion that the club accepts the contractor's schedule for the lighting works starting the last week of June.
S3: I'll move that.
S6: Second.
S1: All in favour? ... Against? ... Aroha, you abstaining?
S5: Yeah, I'll abstain. For the swamp.
S1: Noted. Carried, five for, one abstention. @d_lights
S4: I'll let the contractor know tomorrow and get the start date in writing. @a_contractor
S5: And can somebody tell the junior parents? Because they'll be asking me. @r_parents
S1: You're the junior coordinator, Aroha.
S5: Yeah alright. I'll put it in the junior newsletter. Next one goes out on the twentieth. @a_newsletter
S1: Women's team. This is a good one.
S4: So we've had twenty-six girls come to the come-and-try days. That's enough for a team. The league wants our nomination for next season by the thirtieth of June.
S3: What does it cost us?
S4: League fee's about three thousand, plus jumpers, plus umpires. Say six thousand all up for the first year.
S3: We don't have six thousand spare.
S6: The bar could do a fundraiser. A trivia night.
S2: And there's a state government grant for women's sport, the Change Our Game one. I've seen it.
S1: Okay. I don't want to commit six grand we haven't got. But I want a women's team. So. Motion: the club nominates a women's team for next season, subject to the treasurer confirming we can fund the first year, from a grant or fundraising or whatever. Can I get a mover?
S2: I'll move it.
S5: Seconded.
S1: In favour? That's everyone. Carried. @d_women
S2: I'll look up the grant and do the application. When does it close?
S4: I think it's the fifteenth of June.
S2: Then I'll have it in before the fifteenth. @a_grant
S6: And I'll organise the trivia night. Maybe the last Saturday of May? @a_trivia
S1: Good on you Vince. And Bronwyn, can you do the numbers, so we know by the June meeting if we can afford it?
S3: I can. @a_numbers
S4: I'll need to nominate by the thirtieth, so the June meeting's fine as long as it's before then.
S1: Juniors. Aroha.
S5: Quick one. Under tens need a new coach. Dave's stepped down, his back. I've asked around. Nobody.
S1: Shane, you know everyone. Can you find someone?
S4: I'll ask, but honestly I'm flat out with the lights and the women's. I can't promise. @coach_decl
S2: I'll put a call-out on the Facebook page. Tonight. @a_fb
S5: Thanks Mel.
S1: Canteen. Vince.
S6: The pie warmer's died. Again. New one's eleven hundred.
S3: Is there a second-hand one?
S6: I had a look. Nothing decent.
S1: Just buy it. Bronwyn?
S3: Yes, fine, buy it.
S1: Buy it. @d_pie
S6: I'll order it this week. @a_pie
S1: General business. Anyone?
S4: The goal post padding on the back oval's ripped. Someone's going to get hurt.
S1: Can you fix that?
S4: Already did it Sunday. Gaffer tape and a prayer. New ones are on order. @done_pad
S1: Good man. Anything else? No? Next meeting, first Thursday in June, the fourth, same time. Close the meeting at eight thirty-one. Footy. @nm
'''
DECISIONS=[
 {"text":"Motion carried (five for, one abstention): the club accepts the contractor's schedule for the lighting works starting the last week of June.","ev":["d_lights"]},
 {"text":"Motion carried unanimously: the club nominates a women's team for next season, subject to the treasurer confirming the first year (about AUD 6,000) can be funded.","ev":["d_women"]},
 {"text":"Buy a new pie warmer (about AUD 1,100).","ev":["d_pie"]},
]
ACTIONS=[
 {"task":"Tell the lighting contractor the schedule is accepted and get the start date in writing","owner":"Shane O'Loughlin","due_rule":"tomorrow","due_text":"tomorrow","deliverable":"Start date in writing","ev":["a_contractor"]},
 {"task":"Tell junior parents about the main oval being closed for night training in the junior newsletter","owner":"Aroha Ngata","due_rule":"md:05-20","due_text":"next one goes out on the twentieth","deliverable":"Junior newsletter item","ev":["a_newsletter"]},
 {"task":"Apply for the state government women's sport grant (Change Our Game)","owner":"Mel Fitzgerald","due_rule":"eve:06-15","due_text":"before the fifteenth","deliverable":"Grant application","ev":["a_grant"]},
 {"task":"Organise a trivia night fundraiser","owner":"Vince Caruso","due_rule":None,"due_text":"maybe the last Saturday of May","deliverable":None,"ev":["a_trivia"],"note":"Date of the event suggested, not fixed"},
 {"task":"Work out whether the club can fund the women's team's first year","owner":"Bronwyn Tait","due_rule":"next_meeting","due_text":"by the June meeting","deliverable":"Funding numbers","ev":["a_numbers"]},
 {"task":"Post a call-out for an under-10s coach on the club Facebook page","owner":"Mel Fitzgerald","due_rule":"today","due_text":"tonight","deliverable":"Facebook post","ev":["a_fb"]},
 {"task":"Order the new pie warmer","owner":"Vince Caruso","due_rule":"week_end","due_text":"this week","deliverable":None,"ev":["a_pie"]},
]
NEXT={"date_rule":"md:06-04","time":"19:30","ev":["nm"],"text":"First Thursday in June, same time"}
NOT_ACTIONS=[
 {"ev":["r_parents"],"why":"Request to 'somebody'; Aroha then took it herself","kind":"group"},
 {"ev":["coach_decl"],"why":"Shane would ask around but could not promise; Mel took the call-out","kind":"declined"},
 {"ev":["done_pad"],"why":"Goal post padding already patched on Sunday; new ones on order","kind":"completed"},
]
EXTRA={"note":"Formal motions with mover/seconder; minutes of the last meeting confirmed (procedural, not listed)."}
