STEM='f_en521_school_pta'
LANG='en'
MEETING={"title":"Friends of Hollins Lane Primary - PTA Committee Meeting","date":"2026-03-10","start":"19:00","end":"20:10",
 "location":"School library, Hollins Lane Primary",
 "host":"Rebecca Doyle","recorder":"Gemma Lowe",
 "attendees":[
  {"name":"Rebecca Doyle","department":"PTA Committee","title":"Chair"},
  {"name":"Gemma Lowe","department":"PTA Committee","title":"Secretary"},
  {"name":"Aisha Rahman","department":"PTA Committee","title":"Treasurer"},
  {"name":"Tom Baxter","department":"PTA Committee","title":"Parent Representative (Year 2)"},
  {"name":"Priya Nair","department":"PTA Committee","title":"Events Volunteer"},
  {"name":"Owen Pritchard","department":"Teaching Staff","title":"Year 4 Class Teacher"},
  {"name":"Helen Carver","department":"School Leadership","title":"Headteacher"}],
 "agenda":["Treasurer's report","Spring fair","Outdoor reading area","Uniform swap","AOB"],
 "consent":{"confirmed":True,"method":"Chair asked at the start whether everyone was happy for the meeting to be recorded for the minutes; all agreed","by":"Gemma Lowe"}}
SPEAKERS={"S1":"Rebecca Doyle","S2":"Gemma Lowe","S3":"Aisha Rahman","S4":"Tom Baxter","S5":"Priya Nair","S6":"Owen Pritchard","S7":"Helen Carver"}
LINES='''
S1: Okay, shall we make a start? It's just gone seven and I promised my sitter I'd be back by half eight.
S1: Everyone alright with Gemma recording this? It's only so she can do the minutes, it gets deleted after.
S4: Fine by me.
S5: Yep.
S1: Lovely. Apologies from Kath, she's got a poorly little one. Right, Aisha, money first.
S3: So, the headline is we've got four thousand two hundred and twelve in the current account, and the reserve's sitting at just over three thousand.
S3: The disco made six hundred and forty after the DJ, which is the best we've done.
S4: Was that including the glow sticks?
S3: Including the glow sticks, Tom, yes. And before anyone asks, I've already banked the disco money, that was done on Friday. @x_banked
S1: Brilliant. Can we get the proper breakdown in writing, though? Last time the auditor moaned that it was only in the minutes. @a_acc_ask
S3: Yeah, I'll send the updated accounts summary round to the committee by Friday. @a_accounts
S1: Perfect, thank you.
S7: Can I just say, from the school side, thank you for the disco. The kids have talked about nothing else.
S1: Aw. Okay, the spring fair. So, dates. We said May, didn't we?
S5: I looked at the calendar with the office. The sixteenth is clear, the ninth clashes with the Year 6 residential prep and the twenty-third is half term weekend.
S4: Half term, no chance, half the school's in Tenerife.
S6: Or Skegness.
S4: Or Skegness, fair.
S1: So the sixteenth then? Saturday the sixteenth of May, on the field, and if it chucks it down we move into the hall like last year?
S7: That works for me, the caretaker's already got it pencilled.
S5: Yes.
S3: Agreed.
S1: Lovely, that's settled then. Sixteenth of May, field, hall as plan B. @d_fair
S4: Can I throw something in? What about doing a fireworks night instead, in the autumn? Bigger crowd, bigger money.
S7: Honestly, Tom, the insurance for fireworks on school grounds is a nightmare, and the neighbours already hate the disco.
S1: Maybe one for another year. Let's not go down that road tonight. @x_fireworks
S4: Fair enough, I tried.
S1: So for the fair, the bouncy castle. Tom, you did it last year, didn't you?
S4: I did, yeah. The bloke we used has retired though, so I'd be starting from scratch.
S1: Could you get three quotes then, so we can compare? @a_q_ask
S4: Yeah, go on. When do you need them?
S1: If we've got them for the next meeting we can pick one there.
S4: Okay, I'll have three quotes before the next meeting. @a_quotes
S6: Get one with a slide this time. The Year 4s were gutted.
S4: Slide, noted.
S7: Also, I need to check the insurance covers inflatables and the barbecue this year, because the policy changed in January. I'll go through it with Sandra, the business manager. @a_ins_offer
S1: When do you think you'd know?
S7: I'll have it confirmed by the end of the month, no problem. @a_insurance
S1: Thanks, Helen. And posters. Gemma, you did the lovely one for the disco, could you do the fair poster?
S2: I'd love to but I'm away for a fortnight from Saturday and I'm already doing these minutes. I genuinely can't. @x_gemma_poster
S5: I'll do it. I've got Canva at work, it's no bother. @a_poster_vol
S1: Oh, amazing, Priya. When could we have it?
S5: Friday week? That gives me the weekend. @a_poster_due
S1: Friday week's great, it only needs to go up after Easter really. @a_poster
S5: I'll send a draft round before I print anything.
S1: Owen, can we count on the staff for the cake stall again? @a_cakes_ask
S6: I'll ask in the staffroom. I can't promise numbers but people usually bake something. I'll put a sign-up sheet up. @a_cakes
S6: Mrs Okoro does the lemon drizzle, so you're basically guaranteed one good cake.
S1: Ha. Right, reading area. So for anyone who missed the email, Helen's team wants to turn the dead bit of grass by the Year 3 classrooms into an outdoor reading shed with benches.
S7: The quote's two thousand four hundred all in. We've got six hundred from the local councillor's fund, so we'd be asking the PTA for eighteen hundred.
S3: We can afford it. It'd take the reserve down to about twelve hundred, though, which is a bit lower than I'd like going into the fair.
S4: But the fair usually makes what, two grand?
S3: Two, two and a half, if it doesn't rain.
S5: I think it's exactly the kind of thing we should spend on. Every child uses it.
S2: I'm not against it, I just worry about having no cushion if the boiler in the kitchen goes again.
S7: The kitchen boiler's the school's, not yours, for what it's worth.
S1: Okay, I think we need a show of hands on this one because it's a big chunk. Everyone in favour of the eighteen hundred from reserves for the reading shed?
S1: One, two, three, four, five. Against? Gemma. And I'm not voting. So that's five to one, it's carried. @d_reading
S2: Fine, carried. I'd just like my reservations noted, that's all.
S7: Thank you, all. The children will be thrilled.
S3: Can I raise something related? After the mix-up with the PE kit invoice, I don't really want me signing off big amounts on my own any more.
S1: What are you suggesting?
S3: Anything over two hundred and fifty pounds, two of us sign. Me and one other officer.
S4: That's what my football club does. Seems sensible.
S1: Right, let's make that the rule from now on. Anything over two-fifty needs two committee signatures. @d_twosig
S3: Thank you.
S1: Uniform swap. Priya, where were we?
S5: So two options. We do a Saturday morning in the hall, or we piggyback on parents' evening on the twenty-fifth and just have the rails in the corridor.
S6: Parents' evening, definitely. You get every family walking past anyway.
S2: And nobody has to give up a Saturday.
S1: Everyone happy with parents' evening? Yeah? Okay, parents' evening it is. @d_uniform
S1: We'll need donations in before then. Gemma, could you do the email to parents asking for clean, labelled stuff? @a_email_ask
S2: That one I can do, it's five minutes. For the newsletter?
S7: The newsletter goes out Thursday, so I'd need it in the office by... well, Thursday. Oh, hang on, no, Julie builds it on Wednesday. Wednesday, sorry.
S2: Wednesday, fine, I'll get it to Julie by Wednesday. @a_email
S5: Can we put a note in that we don't want anything with holes? Last time someone sent a jumper with half a sleeve.
S2: I'll word it nicely.
S1: Anything else on uniform? No. AOB. Anyone?
S4: The second-hand book sale. Are we doing that this year?
S1: Honestly, with the fair and the swap I think we park that until the summer term and look at it again then. @x_books
S4: Works for me.
S6: One from me. The Year 4 trip to the Roman fort. Someone asked if the PTA would subsidise the coach.
S3: How much are we talking?
S6: I don't know yet, the office is still getting prices. I'm just flagging it, I'm not asking for anything tonight. @x_coach
S1: Okay, bring it back when you've got a number.
S1: Right, next meeting. After Easter. Tuesday the twenty-first of April, same time, seven o'clock, here?
S7: Library's free that night, yes.
S3: Fine.
S1: Twenty-first of April it is. @nm
S1: Thank you everyone, that's the quickest one we've had all year.
S4: Don't jinx it.
'''
DECISIONS=[
 {"text":"The spring fair will be held on Saturday 16 May on the school field, with the hall as the wet-weather backup.","ev":["d_fair"]},
 {"text":"The PTA will contribute £1,800 from reserves towards the outdoor reading shed (vote carried 5 to 1).","ev":["d_reading"]},
 {"text":"From now on, any spending over £250 requires two committee signatures.","ev":["d_twosig"]},
 {"text":"The uniform swap will run at parents' evening on the 25th rather than on a Saturday.","ev":["d_uniform"]},
]
ACTIONS=[
 {"task":"Send the updated accounts summary to the committee","owner":"Aisha Rahman","due_rule":"this:fri","due_text":"by Friday","deliverable":"Accounts summary","ev":["a_acc_ask","a_accounts"]},
 {"task":"Get three quotes for bouncy castle hire for the spring fair","owner":"Tom Baxter","due_rule":"next_meeting","due_text":"before the next meeting","deliverable":"Three bouncy castle quotes","ev":["a_q_ask","a_quotes"]},
 {"task":"Confirm with the business manager that the insurance covers inflatables and the barbecue at the fair","owner":"Helen Carver","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Insurance confirmation","ev":["a_ins_offer","a_insurance"]},
 {"task":"Design the spring fair poster and circulate a draft","owner":"Priya Nair","due_rule":"next:fri","due_text":"Friday week","deliverable":"Fair poster","ev":["a_poster_vol","a_poster_due","a_poster"]},
 {"task":"Ask staff to bake for the fair cake stall and put up a sign-up sheet","owner":"Owen Pritchard","due_rule":None,"due_text":None,"deliverable":"Staff sign-up sheet","ev":["a_cakes_ask","a_cakes"]},
 {"task":"Write the email to parents asking for uniform swap donations and send it to the office for the newsletter","owner":"Gemma Lowe","due_rule":"this:wed","due_text":"by Thursday... no, Wednesday","deliverable":"Newsletter item","ev":["a_email_ask","a_email"]},
]
NEXT={"date_rule":"iso:2026-04-21","time":"19:00","ev":["nm"],"text":"PTA committee meeting in the school library"}
NOT_ACTIONS=[
 {"ev":["x_banked"],"why":"Disco money already banked on Friday","kind":"completed"},
 {"ev":["x_fireworks"],"why":"Fireworks night idea not taken up","kind":"rejected"},
 {"ev":["x_gemma_poster"],"why":"Gemma declined the poster; Priya volunteered instead","kind":"declined"},
 {"ev":["x_books"],"why":"Second-hand book sale parked until the summer term","kind":"deferred"},
 {"ev":["x_coach"],"why":"Coach subsidy only flagged; to come back when there is a price","kind":"deferred"},
]
EXTRA={"note":"British English. The newsletter deadline is corrected from Thursday to Wednesday. 'Friday week' = Friday of next week."}
