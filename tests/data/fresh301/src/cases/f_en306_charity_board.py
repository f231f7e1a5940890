STEM='f_en306_charity_board'
LANG='en'
MEETING={"title":"Northgate Community Food Bank – Board of Trustees","date":"2026-06-09","start":"18:30","end":"20:00",
 "location":"Northgate Methodist Hall, back room","host":"Patricia Owusu","recorder":"Gareth Llewellyn",
 "attendees":[{"name":"Patricia Owusu","department":"Board of Trustees","title":"Chair"},
  {"name":"Gareth Llewellyn","department":"Board of Trustees","title":"Secretary"},
  {"name":"Hugh Pemberton","department":"Board of Trustees","title":"Treasurer"},
  {"name":"Sinead Gallagher","department":"Operations","title":"Chief Executive"},
  {"name":"Meera Joshi","department":"Board of Trustees","title":"Trustee"},
  {"name":"Callum Reid","department":"Fundraising","title":"Fundraising Manager"}],
 "agenda":["Annual accounts 2025-26","Warehouse lease","Reserves policy","Winter appeal","AGM"],
 "consent":{"confirmed":True,"method":"Agreed at start; recording deleted after minutes approved","by":"Gareth Llewellyn"}}
SPEAKERS={"S1":"Patricia Owusu","S2":"Gareth Llewellyn","S3":"Hugh Pemberton","S4":"Sinead Gallagher","S5":"Meera Joshi","S6":"Callum Reid"}
LINES='''
S1: Evening. Accounts first. Hugh.
S3: Right. The independent examiner's report is clean, no issues raised. Income two hundred and twelve thousand, up eight percent, mostly the Tesco grant. Expenditure a hundred and ninety-eight. So a surplus of fourteen, which goes to unrestricted reserves.
S5: Sorry, I might be misremembering, but didn't we, at some point, talk about the Tesco grant being restricted? Or partly? I'm not sure, I might be thinking of something else.
S3: Partly, Meera. Forty of it is restricted to the chilled food project. That's shown separately, note six.
S5: Oh. Okay. Yes, sorry, I see it now.
S1: Questions? None. Do we approve the accounts?
S2: Proposed.
S5: Seconded, I suppose. Yes, seconded.
S1: All in favour. That's unanimous. Accounts approved. @d_acc
S3: I'll sign them with Patricia tonight, and I'll file them with the Charity Commission and Companies House before the end of the month. @a_file
S1: Good. Lease. Sinead.
S4: So, the warehouse at Unit 4, Colliery Road. Three times the space of what we've got now, with a loading bay. Landlord's offering five years at eighteen thousand a year, first six months half rent.
S3: Eighteen thousand is a big jump. We pay seven now.
S4: We pay seven for a garage we've outgrown. We turned away two lorries of surplus food in April because we had nowhere to put it.
S6: And the space means we can apply to FareShare as a hub. That's worth about thirty thousand a year in food.
S5: I'm, I'm not against it, obviously, it's just, five years feels like a long time, what if, I don't know, what if the grants dry up?
S3: That's my worry too. Five years with no way out.
S4: We asked for a break clause. They'll give one at year three, with six months' notice.
S1: Then I'll put it like this. We go ahead with the lease as long as there's a break clause at year three in the signed version. No break clause, no lease. Agreed? @d_lease
S3: Agreed, with that condition.
S5: Yes, with the break clause, yes.
S1: Sinead, you'll get the solicitor to check the lease? @a_lease0
S4: Yes. Our pro bono solicitor at Harland's. I'll send it to her tomorrow and ask for comments within two weeks. @a_lease
S1: Reserves policy.
S3: Our policy says three months of running costs. With the new lease that's about sixty thousand and we've got forty-one.
S5: So we're, we'd be below our own policy, is that, is that a problem with the Commission?
S3: It's not a legal problem, it's a governance one. We'd need to explain it in the annual report.
S1: This needs proper discussion and we haven't got the numbers with the lease in. Let's park reserves till September, with Hugh's revised figures. @res_park
S3: I'll do a revised reserves calculation including the lease for the September board. @a_res
S1: Winter appeal. Callum.
S6: Thanks. Last year's appeal raised twenty-three thousand. I'd like to try a matched-giving week this year, the Kingsway Trust said they might match up to ten thousand.
S1: Might?
S6: Might. They decide in August.
S4: Then we plan for it but don't count on it.
S6: Exactly. And I want to do a proper Christmas campaign with the local paper, the Gazette have offered a free full page.
S5: Oh that's, that's lovely. Could we, maybe, have some of the volunteers' stories in it? Sorry, is that, is that a silly idea?
S6: No, it's the whole idea. Would you help with that, Meera? You know the volunteers better than me.
S5: I'd, I mean, I'd like to, but I'm not really a writer, I don't know if I'd be much use.
S6: You don't have to write it. Just find me four or five volunteers happy to be interviewed.
S5: Oh, that I can do. I'll have names for you by the end of July. @a_vols
S6: Perfect. And I'll draft the whole appeal plan, with the matched giving as a maybe, for the September board. @a_appeal
S1: Good. Should we be doing a Christmas fair again as well? We lost money on it last year. @fair1
S4: We broke even. If you count the volunteers' time, we lost money.
S1: Then no fair this year. @fair2
S6: Fine by me, it nearly killed me.
S1: AGM. Gareth.
S2: The constitution says we hold it by the end of October. I'd suggest Thursday the fifteenth of October, here, seven p.m.
S1: Any objections? ... No. Fifteenth of October it is. @d_agm
S2: I'll book the hall and send the notice to members. We need twenty-one days' notice, so it'll go out by the twenty-fourth of September at the latest. @a_agm
S1: And two trustees are up for re-election. Meera, you're one.
S5: I'll stand again. I think. Yes. I'll stand.
S1: Good. Anything else? Right. The next board is Tuesday the eighth of September, same time. Thank you. @nm
'''
DECISIONS=[
 {"text":"The 2025-26 annual accounts are approved unanimously.","ev":["d_acc"]},
 {"text":"The charity takes the five-year lease on Unit 4, Colliery Road, on condition that the signed lease contains a break clause at year three; no break clause, no lease.","ev":["d_lease"]},
 {"text":"No Christmas fair this year.","ev":["fair2"]},
 {"text":"The AGM will be held on Thursday 15 October, 19:00, at the Methodist Hall.","ev":["d_agm"]},
]
ACTIONS=[
 {"task":"Sign the approved accounts with the Chair and file them with the Charity Commission and Companies House","owner":"Hugh Pemberton","due_rule":"month_end","due_text":"before the end of the month","deliverable":"Filed accounts","ev":["a_file"]},
 {"task":"Send the Unit 4 lease to the pro bono solicitor at Harland's for review","owner":"Sinead Gallagher","due_rule":"tomorrow","due_text":"tomorrow (comments asked within two weeks)","deliverable":"Solicitor's comments on the lease","ev":["a_lease0","a_lease"]},
 {"task":"Prepare a revised reserves calculation including the new lease","owner":"Hugh Pemberton","due_rule":"next_meeting","due_text":"for the September board","deliverable":"Revised reserves calculation","ev":["a_res"]},
 {"task":"Find four or five volunteers willing to be interviewed for the Gazette winter appeal page","owner":"Meera Joshi","due_rule":"md:07-31","due_text":"by the end of July","deliverable":"Names of volunteers","ev":["a_vols"]},
 {"task":"Draft the winter appeal plan, with matched giving as a possibility","owner":"Callum Reid","due_rule":"next_meeting","due_text":"for the September board","deliverable":"Winter appeal plan","ev":["a_appeal"]},
 {"task":"Book the hall for the AGM and send the notice to members","owner":"Gareth Llewellyn","due_rule":"md:09-24","due_text":"by the twenty-fourth of September at the latest","deliverable":"AGM notice","ev":["a_agm"]},
]
NEXT={"date_rule":"md:09-08","time":"18:30","ev":["nm"],"text":"Board meeting Tuesday 8 September, same time"}
NOT_ACTIONS=[
 {"ev":["res_park"],"why":"Reserves policy parked until September","kind":"deferred"},
 {"ev":["fair1"],"why":"Suggestion to hold a Christmas fair again; rejected","kind":"rejected"},
]
EXTRA={"note":"Lease approval is conditional on a year-three break clause. Meera hedges before accepting a narrowed ask. Matched giving from the Kingsway Trust is uncertain (decided in August)."}
