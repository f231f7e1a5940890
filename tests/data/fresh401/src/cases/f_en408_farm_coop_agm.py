STEM='f_en408_farm_coop_agm'
LANG='en'
MEETING={"title":"Tywi Valley Producers' Co-operative – Annual General Meeting","date":"2026-09-09","start":"19:00","end":"20:50",
 "location":"Llandeilo Rugby Club function room","host":"Gareth Pryce","recorder":"Nia Howells",
 "attendees":[{"name":"Gareth Pryce","department":"Board","title":"Chair"},
  {"name":"Nia Howells","department":"Board","title":"Secretary"},
  {"name":"Alun Morgan","department":"Board","title":"Treasurer"},
  {"name":"Sarah Whitfield","department":"Staff","title":"General Manager"},
  {"name":"Harjit Gill","department":"Members","title":"Member (dairy)"},
  {"name":"Pieter de Vries","department":"Members","title":"Member (dairy)"},
  {"name":"Eleri Jones","department":"Members","title":"Member (sheep and beef)"},
  {"name":"Robert Lloyd","department":"Members","title":"Member (beef)"}],
 "agenda":["Minutes of 2025 AGM","Chair's report","Accounts and dividend","Election of directors","Motion: milk collection charge","Motion: solar on the depot","AOB"],
 "consent":{"confirmed":True,"method":"Notice of recording in the AGM papers; chair confirmed at opening","by":"Nia Howells"}}
SPEAKERS={"S1":"Gareth Pryce","S2":"Nia Howells","S3":"Alun Morgan","S4":"Sarah Whitfield","S5":"Harjit Gill","S6":"Pieter de Vries","S7":"Eleri Jones","S8":"Robert Lloyd"}
LINES='''
S1: Good evening everyone, noswaith dda. If people at the back could find a seat, there are chairs by the bar. Nia, are we quorate?
S2: We are. Sixty-three members signed in, quorum is forty.
S1: Lovely. Welcome to the forty-first AGM of the co-op. Apologies, Nia?
S2: Fourteen apologies, they're listed in the pack, I won't read them all out.
S1: Thank you. Item one, minutes of last year's AGM. Has everyone had a chance to read them? Any corrections?
S8: Page two, it says I seconded the feed motion. I didn't, it was my brother.
S2: Which brother?
S8: Dafydd.
S1: We'll correct that to Dafydd Lloyd. With that correction, can I have a proposer?
S7: I'll propose.
S5: Seconded.
S1: All those in favour? Thank you. Carried. @d_minutes
S1: Chair's report. I'll keep it short, it's in the pack. It's been a hard year. The milk price dropped in the spring, feed's up, and we had the wettest February anyone can remember. Despite that, turnover's up six percent, mainly because the feed store's done well and the new fertiliser contract. I want to thank Sarah and the staff, they've had a hell of a year.
S6: Hear hear.
S1: And I want to say we lost two members this year, Tom Price of Cwmgwili and Mair Evans. We'll have a minute's silence at the end of the meeting.
S1: Accounts. Alun.
S3: Thank you Gareth. So the accounts are on page six. Turnover fourteen point two million. Surplus before dividend, three hundred and eighty thousand, down from four hundred and ten. The auditors, Rees and Partners, have given a clean report. The board is recommending a dividend of two percent on purchases, which is the same as last year.
S5: Can I ask, why the same? The surplus is down.
S3: It's down a bit, but the reserves are healthy, and the board felt members have had a hard year, so we wanted to keep it.
S5: I'm not complaining, I just wanted to understand.
S8: What's the bad debt figure? Because I heard there were a couple of big ones.
S3: Bad debts written off were forty-one thousand. Most of that was one member who went into administration. I won't name them.
S8: Everybody knows who it is.
S1: Robert.
S8: Alright, alright.
S6: For the credit control, are we changing anything? Because forty-one thousand is a lot of money for us.
S4: We are. From October, accounts over sixty days get their credit stopped automatically. It was already agreed by the board in June, it's not for the AGM. @done_credit
S6: Okay, good.
S1: Right. Can I have a proposer to receive the accounts and approve the dividend of two percent?
S6: I propose.
S7: Second.
S1: All in favour? Against? Abstentions? Carried, nem con. @d_accounts
S1: Election of directors. Three seats this year. Nia will explain.
S2: So three directors retire by rotation: Gareth, Alun and Bethan Rees. Gareth and Alun are standing again. Bethan isn't. We've had one further nomination, Harjit Gill. So that's three candidates for three seats.
S1: Which means, unless anyone objects, they're elected unopposed. Anyone want a ballot? No. Then Gareth, Alun and Harjit are elected. Congratulations Harjit, welcome to the board. @d_elect
S5: Thank you. I'll try to be useful.
S8: Good luck, you'll need it.
S1: Now, the motions. First one's from Pieter, on the milk collection charge. Pieter, do you want to speak to it?
S6: Yes, thank you. So, at the moment the co-op charges a flat collection charge per collection, the same for everybody. For the small farms, like mine, a hundred and twenty cows, this is a big part of the cost per litre. The big units, they pay the same charge but for three times the milk. My motion is that the collection charge is per litre, not per collection.
S7: Can I speak against? Not against Pieter, I understand it. But some of us are at the top of a lane two miles up a mountain. Per litre, the tanker costs the same to get to me whatever I produce.
S6: But that's true now also, and the small farms already pay more per litre.
S4: Could I give the numbers? If we went to a pure per-litre charge, about seventy percent of members would pay less, and the twelve biggest would pay between two and four thousand a year more.
S5: I'm one of the twelve, so I should declare that.
S1: Thank you Harjit. Any more? Robert.
S8: I'd like to propose an amendment. Half and half. Half the charge per collection, half per litre. So nobody takes a huge hit.
S6: I can accept that as a friendly amendment. It's better than now.
S1: Pieter accepts the amendment. So the motion now is that the collection charge is split, half per collection and half per litre, from the first of January. Seconder for the amended motion?
S7: Actually I'll second it, as amended. That I can live with.
S1: Thank you Eleri. All in favour, hands up please. Nia, can you count?
S2: Forty-one for.
S1: Against?
S2: Eleven.
S1: Abstentions?
S2: Nine.
S1: Carried. Forty-one for, eleven against, nine abstentions. The collection charge goes to half per collection, half per litre from the first of January. @d_milk
S4: I'll need to write to all the dairy members with what it means for them individually. I'll do that by the end of October so they have two months. @a_letters
S1: Thank you Sarah. Second motion, from the board, on solar panels on the depot roof.
S3: So we've had a quote for a two hundred and fifty kilowatt array on the depot and the feed store roof. Three hundred and ten thousand. Payback, on current electricity prices, about seven years. The board proposes we fund it from reserves.
S8: Seven years on current prices. What if prices fall?
S3: Then it's longer. Maybe ten.
S8: I'm not a fan of spending reserves on a gamble when we've just written off forty thousand.
S5: It's not a gamble, the depot uses a huge amount of power for the cold store.
S6: And there's a grant, no? From the Welsh Government?
S4: There was. It's closed. There might be another round in the spring but we don't know.
S7: Then why not wait for the spring and see if there's a grant?
S1: Well, that's an option. Does anyone want to move that we defer it?
S7: I'll move that the solar motion is deferred to a special meeting once we know if there's a grant round in the spring.
S8: Second.
S1: So we vote first on deferral. All in favour of deferring? Nia?
S2: Thirty-eight.
S1: Against deferring?
S2: Twenty.
S1: So the solar motion is deferred. We'll come back to it when we know about the grant. @defer_solar
S4: I'll keep an eye on the Welsh Government announcements and tell the board as soon as a round opens. @a_grantwatch
S1: Thank you. AOB. Anybody?
S5: Yes, the diesel tank at the depot, the bund is cracked. I saw it last week. If it leaks into the river, we're in big trouble with Natural Resources Wales.
S4: I've seen it. We've got a contractor booked for the twenty-first to reline it. @done_bund
S5: Okay, thank you.
S7: Can I raise the website? It's embarrassing. It still has the prices from 2023 on it.
S4: It's on my list. Honestly it's been on my list for a year. @web1
S1: Harjit, you're new and keen. Would you look at the website with Sarah?
S5: I'm new but I'm not good with computers. My daughter is, though. I'll ask her to help, but I can't promise anything. @web_decl
S1: Fair enough. Sarah, can you at least get the prices taken down before the end of the month?
S4: Yes, that I can do. @a_web
S2: One more from me. The members' handbook. It's out of date. I'll update it over the winter and bring a draft to the board. @a_handbook
S1: When would you bring that, Nia?
S2: January board.
S7: One more from me, sorry. The ram sale in Llandovery in October. Last year the co-op lorry took members' rams, is that happening again?
S4: It is, yes. The lorry's going on the fourteenth of October. It's only got room for about sixty.
S7: Sixty's not many.
S4: No, so it's first come first served. Anyone who wants a space has to book with the office by the thirtieth of this month. @a_rams
S8: Can we book by phone or does it have to be the form?
S4: Phone's fine. Ring Bethan in the office.
S7: And what's the charge?
S4: Same as last year, eight pounds a head.
S8: That's gone up then, it was six.
S4: It was eight last year, Robert.
S8: Was it? Well.
S1: Okay. Anything else? Robert?
S8: Yes. Can we have the AGM somewhere with better parking next year?
S1: Noted. I'm not promising anything. The date of next year's AGM will be set by the board and sent out with the papers. @nm
S1: Now, before you all go to the bar, could we stand for a minute for Tom and Mair.
S1: Thank you. Meeting closed. The bar's open.
'''
DECISIONS=[
 {"text":"Minutes of the 2025 AGM approved, with the correction that the feed motion was seconded by Dafydd Lloyd.","ev":["d_minutes"]},
 {"text":"Accounts received and a dividend of 2% on purchases approved, carried nem con.","ev":["d_accounts"]},
 {"text":"Gareth Pryce, Alun Morgan and Harjit Gill elected directors unopposed.","ev":["d_elect"]},
 {"text":"Amended motion carried (41 for, 11 against, 9 abstentions): from 1 January the milk collection charge is split half per collection and half per litre.","ev":["d_milk"]},
]
ACTIONS=[
 {"task":"Write to every dairy member setting out what the new collection charge means for them","owner":"Sarah Whitfield","due_rule":"md:10-31","due_text":"by the end of October","deliverable":"Letters to dairy members","ev":["a_letters"]},
 {"task":"Watch for a Welsh Government grant round for solar and tell the board as soon as one opens","owner":"Sarah Whitfield","due_rule":None,"due_text":"as soon as a round opens","deliverable":None,"ev":["a_grantwatch"]},
 {"task":"Take the out-of-date prices off the co-op website","owner":"Sarah Whitfield","due_rule":"month_end","due_text":"before the end of the month","deliverable":None,"ev":["a_web"]},
 {"task":"Members who want space on the co-op lorry to the Llandovery ram sale (14 October) book with the office","owner":None,"department":"Members","due_rule":"month_end","due_text":"by the thirtieth of this month","deliverable":None,"ev":["a_rams"]},
 {"task":"Update the members' handbook and bring a draft to the board","owner":"Nia Howells","due_rule":None,"due_text":"over the winter; January board","deliverable":"Draft members' handbook","ev":["a_handbook"],"note":"'January board' has no date in the meeting"},
]
NEXT={"date_rule":None,"time":None,"ev":["nm"],"text":"Next year's AGM date to be set by the board"}
NOT_ACTIONS=[
 {"ev":["done_credit"],"why":"Automatic credit stop over 60 days already agreed by the board in June","kind":"completed"},
 {"ev":["defer_solar"],"why":"Solar motion deferred by vote to a later special meeting; no decision on the solar itself","kind":"deferred"},
 {"ev":["done_bund"],"why":"Diesel tank bund relining already booked for the 21st","kind":"completed"},
 {"ev":["web1"],"why":"Website rebuild 'on my list' for a year – no commitment","kind":"rhetorical"},
 {"ev":["web_decl"],"why":"Harjit would not take the website on (will ask his daughter, no promise)","kind":"declined"},
]
EXTRA={"note":"Formal AGM with proposer/seconder, an amendment accepted as friendly, counted votes. The vote to defer the solar motion is procedural and recorded as a not_action (deferred), not a decision."}
