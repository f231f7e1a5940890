STEM='f_en517_bakery_franchise'
LANG='en'
MEETING={"title":"Store managers' check-in","date":"2026-04-29","start":"15:00","end":"16:05",
 "location":"Zoom",
 "host":"Carla Benedetti","recorder":"Tasha Greene",
 "attendees":[
  {"name":"Carla Benedetti","department":"Management","title":"Franchise Owner"},
  {"name":"Tasha Greene","department":"Management","title":"Operations Assistant"},
  {"name":"Dwayne Porter","department":"Production","title":"Head Baker, Commissary"},
  {"name":"Jerome Hayes","department":"Maple Avenue Store","title":"Store Manager"},
  {"name":"Kristen Olsen","department":"Downtown Store","title":"Store Manager"},
  {"name":"Luis Ortega","department":"Riverside Store","title":"Store Manager"}],
 "agenda":["April numbers","Mother's Day","Butter costs and pricing","Brand standards audit","Riverside oven","Staffing and loyalty app","Waste","Open floor"],
 "consent":{"confirmed":True,"method":"Zoom recording notice; Carla asked and everyone agreed","by":"Tasha Greene"}}
SPEAKERS={"S1":"Carla Benedetti","S2":"Jerome Hayes","S3":"Kristen Olsen","S4":"Luis Ortega","S5":"Tasha Greene","S6":"Dwayne Porter"}
LINES='''
S1: Hi, hi, can everybody hear me? Luis, you're frozen. Oh, there you go.
S4: Sorry, I'm in the back office, the Wi-Fi back here is terrible.
S1: That's fine. Okay, Tasha's recording as usual so she can do the notes. Everybody okay with that?
S2: Yep.
S3: Sure.
S6: Go for it.
S1: Great. I want to keep this to an hour, because I know Kristen has a truck coming at four-fifteen.
S3: Four-fifteen in theory. Last week it was five-thirty.
S1: Okay, numbers real quick. Maple Avenue, Jerome, you're up six percent on April last year, which is awesome.
S2: Thank you, thank you. It's the new breakfast sandwich. People are losing their minds over it.
S1: Downtown's basically flat, which, with the office people still doing three days a week, I'll take. And Riverside's down eleven, but that's the oven, we know that, and we'll get to it.
S4: Yeah. It's been a rough month.
S1: Okay. Mother's Day. It's Sunday the tenth. Last year we ran out of the strawberry cakes at like ten in the morning at two stores, and I had people yelling at me on Google reviews for a week.
S2: I remember. One lady wrote a whole essay.
S1: So this year I want pre-orders, properly, with a cutoff, so Dwayne can plan. Dwayne, when do you need the numbers by?
S6: Honestly, I start the sponges Thursday night and the mousse layers Friday. So if I get final numbers Thursday afternoon, I'm okay. Anything after that, I'm guessing.
S3: Could we do Friday noon? Because a lot of people are going to remember on Friday. That's just how people are.
S6: Friday noon, I'm already halfway through. I can't.
S1: Okay. Then it's Thursday the seventh, five p.m., cutoff for pre-orders, and we cap it at forty cakes per store. After that it's walk-in only, first come first served. Good? @d_mday1
S3: Yeah, okay. That's fair. @d_mday2
S2: Works for me.
S1: Tasha, can you get the pre-order form up on the website? @a_form0
S5: Yep, I'll have it live tomorrow, and I'll send each of you the link so you can put the QR code at the register. @a_form
S1: Perfect. Dwayne, I was thinking, what if we did a special this year? Like a lavender honey cake, just for Mother's Day. Something people post pictures of. @x_lav1
S6: Carla, I love you, but no. I don't have time to test a new recipe in ten days and do three hundred of the regular stuff. If it's bad, it's bad on the busiest day of the year. Let's do it for next year, and I'll test it in the winter. @x_lav2
S1: Fine, fine. You're right.
S2: Next year it's happening though. I'm writing it down.
S6: What I will do is send all of you a production plan, what's coming to each store and when, so nobody's surprised on Sunday morning. @a_prod0
S1: When can you get that to us? @a_prod1
S6: Monday. By Monday, once I've seen how the first few days of pre-orders look. @a_prod
S1: Great. Okay, the not fun one. Butter.
S3: Oh no.
S1: Yeah. Our butter cost is up twenty-two percent since January. Croissants are basically ninety percent butter, so you can imagine what that does to the margin on a croissant. We're at something like a nickel profit on a plain croissant right now.
S4: A nickel.
S1: A nickel. So. I've run the numbers with Tasha. I want to go up twenty-five cents on croissants and scones. Everything else stays the same for now.
S2: Are people going to notice? I mean, they'll notice.
S3: They'll notice for a week. Then they won't. The place across the street is at four seventy-five for a croissant, we're at three ninety-five.
S4: At Riverside I'm a bit worried, honestly, my crowd's more price-sensitive. Lot of students.
S1: I hear you, Luis. But I can't have different prices at different stores, corporate won't let me anyway. So it's twenty-five cents, croissants and scones, all three stores, starting Monday the fourth. @d_price
S4: Okay. Understood.
S1: Tasha, price cards and the POS. @a_price0
S5: I'll get the POS updated and the new price cards printed and out to the stores by Sunday, so it's all in place Monday morning. @a_price
S1: And I'm going to call Ohio Valley Dairy myself and see if they'll do anything on volume if we commit for six months. I'm not promising anything. @a_butter
S6: Try and get the European-style, eighty-two percent, if they'll do it at the same price.
S1: I'll ask. Don't get your hopes up.
S1: Okay, audit. Corporate's brand standards visit is Thursday the fourteenth, and it's Downtown this time. Kristen.
S3: Yeah, I got the email. Lucky me.
S1: You'll be fine. Your store looked great last time. But I want the deep clean done and the checklist gone through before they show up, not the morning of. @a_audit0
S3: I'll have the deep clean and the full checklist done before the audit. Like, before the fourteenth, I'm not doing it the night before with my hair on fire. @a_audit
S2: Last year my walk-in failed because of one unlabeled container. One.
S3: I know, I remember, everyone remembers.
S5: Kristen, I already sent you the new checklist, it's in Monday's email. They changed a couple of things on the allergen board.
S3: Oh, I totally missed that. Thank you.
S1: Riverside. Luis, tell everybody where we're at.
S4: Okay. So the deck oven, the big one, the thermostat's gone again. It's running like forty degrees hot on the left side. So the left side of every tray is darker. I've been rotating the trays every five minutes, which is killing my bakers.
S6: That's why Riverside's been getting more of the finished stuff from me.
S4: Yeah, thank you, Dwayne. Hobart came out, the tech said we can repair it, new thermostat and a control board, about eighteen hundred. Or replace it, which is like fourteen thousand.
S1: Fourteen? No. We repair it. The oven's only six years old. @d_oven
S4: That's what I figured. The part takes about a week to come in.
S1: Okay, so call Hobart and book it. @a_oven0
S4: I'll call them today, right after this, and get the earliest slot they've got. @a_oven
S1: Thank you. Jerome, staffing.
S2: Okay. So I've hired three for the summer, they start Monday. Two high schoolers and one college kid who's back from Ohio State.
S1: And the loyalty app. Corporate is really pushing the app sign-ups. Every new hire has to be able to do the sign-up at the register without calling a manager over.
S2: Yeah, I'll train them. They'll be trained on the app by next Friday. I'll do it in their first week, it takes like twenty minutes. @a_app
S1: Great. And Kristen, Luis, same for any new people you've got.
S3: I don't have any new people. I need new people.
S4: Same.
S1: We'll talk about that. Okay, waste. I'm looking at the waste logs and we're throwing out way too much day-old bread. Downtown especially on Mondays.
S3: Mondays are dead. The office people don't come in on Mondays.
S1: I know. So two things. One, Dwayne, cut the Monday bread for Downtown by a third, starting this coming Monday. @a_bread0
S6: Done. Easy. @a_bread
S1: And two, right now we're doing the half-price day-old rack, and honestly it's just cannibalizing full-price sales. I'd rather donate it. The Mid-Ohio food pantry picks up.
S4: I know the coordinator there. My cousin volunteers with them.
S1: Okay. So no more half-price rack. Day-old goes to the pantry, all three stores. Everybody okay with that? @d_waste1
S2: Yeah, I'm good. @d_waste2
S3: Honestly, it's easier.
S1: Luis, since you know them, can you set up the pickups? @a_pantry0
S4: Yeah, I'll call her. I'll get it set up by Friday, all three stores. @a_pantry
S1: Perfect. Okay, open floor. Anyone?
S2: I have one. I really think we should be on TikTok. Like, a store account. My shift leads would film the croissant lamination, people love that stuff. @x_tik1
S1: Jerome, I love the energy, but we can't. It's in the franchise agreement. Corporate runs all the social accounts, we're not allowed our own. You can send them videos and they might use them. @x_tik2
S2: Ugh. Okay. Fine.
S3: Mine's Sundays. Can I close Downtown at three on Sundays instead of four? The last hour is, like, two coffees.
S1: Maybe. Let me look at the hourly numbers first. I'm not saying no, I'm just not deciding today. @x_sun
S3: That's fair.
S4: Oh, are we doing the free cookie thing again for Teacher Appreciation Week? It's next week, right? @x_teach
S1: Hmm. Good question. Tasha, is that next week?
S5: It's the fourth through the eighth.
S1: Okay. Let me think about it.
S2: Also, just so you know, the May schedule is already posted at Maple, everyone's got it. @x_sched
S1: Oh, good. Thanks, Jerome.
S3: Okay, I can hear the truck beeping outside. Which means it's early. Which never happens.
S1: Okay, go, go. Let's do this again two weeks from today, same time, three o'clock. That's the day before Kristen's audit, so we can check she's good. @nm1
S3: Yep, that works. Bye! @nm2
S4: Works for me.
S1: Thank you, everybody.
'''
DECISIONS=[
 {"text":"Mother's Day pre-order cutoff is Thursday 7 May at 5 p.m., capped at 40 cakes per store; walk-in only after that","ev":["d_mday1","d_mday2"]},
 {"text":"Croissant and scone prices go up 25 cents at all three stores from Monday 4 May","ev":["d_price"]},
 {"text":"Repair the Riverside deck oven (about $1,800) rather than replace it","ev":["d_oven"]},
 {"text":"End the half-price day-old rack; day-old goods donated to the Mid-Ohio food pantry at all three stores","ev":["d_waste1","d_waste2"]},
]
ACTIONS=[
 {"task":"Put the Mother's Day pre-order form live on the website and send the link to store managers","owner":"Tasha Greene","due_rule":"tomorrow","due_text":"tomorrow","deliverable":"Online pre-order form","ev":["a_form0","a_form"]},
 {"task":"Send the Mother's Day production plan (what goes to each store and when)","owner":"Dwayne Porter","due_rule":"next:mon","due_text":"by Monday","deliverable":"Mother's Day production plan","ev":["a_prod0","a_prod1","a_prod"]},
 {"task":"Update the POS and get new price cards printed and to the stores","owner":"Tasha Greene","due_rule":"week_end","due_text":"by Sunday","deliverable":"Updated POS prices and price cards","ev":["a_price0","a_price"]},
 {"task":"Ask Ohio Valley Dairy about volume pricing on butter for a six-month commitment","owner":"Carla Benedetti","due_rule":None,"due_text":None,"ev":["a_butter"]},
 {"task":"Complete the deep clean and full brand standards checklist at Downtown","owner":"Kristen Olsen","due_rule":"eve:05-14","due_text":"before the audit, before the fourteenth","deliverable":"Completed audit checklist","ev":["a_audit0","a_audit"]},
 {"task":"Call Hobart and book the Riverside oven repair at the earliest slot","owner":"Luis Ortega","due_rule":"today","due_text":"today, right after this","ev":["a_oven0","a_oven"]},
 {"task":"Train the three new summer hires at Maple Avenue on loyalty app sign-ups","owner":"Jerome Hayes","due_rule":"next:fri","due_text":"by next Friday","ev":["a_app"]},
 {"task":"Cut Downtown's Monday bread delivery by a third","owner":"Dwayne Porter","due_rule":"next:mon","due_text":"starting this coming Monday","ev":["a_bread0","a_bread"]},
 {"task":"Set up food pantry pickups of day-old goods for all three stores","owner":"Luis Ortega","due_rule":"this:fri","due_text":"by Friday","ev":["a_pantry0","a_pantry"]},
]
NEXT={"date_rule":"weeks:2","time":"15:00","ev":["nm1","nm2"],"text":"Two weeks from today, same time"}
NOT_ACTIONS=[
 {"ev":["x_lav1","x_lav2"],"why":"Carla's idea of a lavender honey Mother's Day cake declined by Dwayne (no time to test); maybe next year","kind":"declined"},
 {"ev":["x_tik1","x_tik2"],"why":"Store TikTok account rejected: franchise agreement reserves social media to corporate","kind":"rejected"},
 {"ev":["x_sun"],"why":"Downtown closing at 3 on Sundays: not decided today","kind":"deferred"},
 {"ev":["x_teach"],"why":"Free cookie for Teacher Appreciation Week asked about, left undecided","kind":"question"},
 {"ev":["x_sched"],"why":"Maple Avenue May schedule already posted","kind":"completed"},
]
EXTRA={"note":"'Next Friday' said on Wednesday 29 April = Friday 8 May; 'by Friday' = 1 May. Tasha's new audit checklist was already sent (unlabelled look-alike); the Monday bread cut is an instruction in passing accepted with 'Done. Easy.'"}
