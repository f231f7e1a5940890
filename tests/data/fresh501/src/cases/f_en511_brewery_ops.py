STEM='f_en511_brewery_ops'
LANG='en'
MEETING={"title":"Weekly production and sales meeting","date":"2026-03-12","start":"08:30","end":"09:20",
 "location":"Hollin Bank Brewing Co., brewhouse mezzanine office",
 "host":"Gareth Oldroyd","recorder":"Amara Nwosu",
 "attendees":[
  {"name":"Gareth Oldroyd","department":"Management","title":"Managing Director"},
  {"name":"Dean Kowalski","department":"Production","title":"Head Brewer"},
  {"name":"Siobhan Quill","department":"Sales","title":"Sales Manager"},
  {"name":"Tom Birtwistle","department":"Production","title":"Cellar and Packaging Lead"},
  {"name":"Amara Nwosu","department":"Operations","title":"Operations and Compliance Coordinator"},
  {"name":"Lily Hargreaves","department":"Taproom","title":"Taproom Manager"}],
 "agenda":["Brew schedule and fermenter space","Canning","Cask losses","Sales: Fernside Inns proposal","Ripon beer festival","Compliance: duty return and CO2 contract"],
 "consent":{"confirmed":True,"method":"Verbal agreement at the start of the meeting; recording kept for the minutes only","by":"Amara Nwosu"}}
SPEAKERS={"S1":"Gareth Oldroyd","S2":"Dean Kowalski","S3":"Siobhan Quill","S4":"Tom Birtwistle","S5":"Amara Nwosu","S6":"Lily Hargreaves"}
LINES='''
S1: Right, morning all. Has everyone got a brew? Not that kind, Dean.
S2: Ha. Too early even for me, man.
S1: Amara's recording it as usual, just for the minutes, everyone alright with that? Good. Production first, then sales, the festival, then the compliance bits.
S5: You were going to say the boring bits.
S1: I was not. Dean, go on.
S2: Okay, so where we are. FV1 and FV2 have got the pale in, that'll be ready to crash on Monday. FV3 is the lager and that's conditioning, it's gonna sit there another three weeks at least, you can't rush a lager.
S2: FV4 is the problem. The stout is supposed to go in there Tuesday, but if it does, there's literally nowhere for the spring seasonal before the launch.
S3: And the launch is the twenty-seventh. I've told every pub the twenty-seventh. Please don't tell me it's moving.
S2: It doesn't have to move if we swap them. Seasonal goes into FV4 on Tuesday, stout gets bumped a week. Tom, have we got enough stout to cover?
S4: Er, eleven kegs and about six casks in the cold store. Should see us through a week, ten days maybe. It's St Patrick's on Tuesday though, mind, the taproom'll go through a fair bit.
S6: We always do. Last year we'd run dry by nine o'clock.
S4: That's because somebody gave half of it away.
S6: That was a promotion!
S1: Okay, okay. So seasonal in FV4 on Tuesday and the stout the week after. Anybody against that? No? Fine, that's what we're doing. @d_fv4
S2: Cool. I'll redo the brew schedule and send it round, today, before I head off. @a_sched
S1: Thanks. Canning next.
S2: Right, so this is my annual pitch. There's a second-hand canning line going from that place in Leeds that shut down. Twenty-two grand, and honestly we'd pay it back in like eighteen months instead of paying the mobile guys every single time. @x_line1
S1: Dean, I love you, but no. Not this year, not with the loan where it is. @x_line2
S2: Figured. Worth a shot.
S1: Ask me again in January, if the pub group thing comes off.
S2: Oh, I'll be asking.
S5: So do I book the mobile canner then? When I spoke to them Tuesday they had the second of April free, but they said it won't stay free long. @d_canner1
S1: Yeah, book it. The second's fine. @d_canner2
S5: Okay, I'll confirm it with them and pay the deposit by Friday. @a_canner
S4: How many are we doing? Is it a full run, two hundred cases?
S2: One eighty, I reckon, pale and seasonal. I'll put the numbers on the schedule.
S4: Fine by me.
S1: Tom, casks. What's the damage?
S4: So, on the tracking sheet we're forty-one casks down. Some of that's the sheet being wrong, to be fair to everybody, but there's at least three pubs that've had casks sat in the cellar since before Christmas.
S3: The Plough's one of them. I was in last week and there were two of ours stood out the back by the bins.
S4: By the bins. Lovely.
S1: At ninety quid a cask that's getting on for four grand just wandering about. Tom, can you go through the sheet properly and give me a list of who's got what and how long they've had it? @a_casks0
S4: Yeah, go on. I'll need till Monday though, I want to check it against the delivery notes. @a_casks
S1: Monday's fine.
S3: Do you want me to ring round the ones that owe us? It'd be better coming from me than from you, Gareth, no offence. @x_ring1
S1: None taken. Mostly. Let's see Tom's list first and then we'll decide who gets a call. @x_ring2
S1: Right, sales. Siobhan.
S3: So the big one is Fernside Inns. Nine pubs, mostly round Harrogate and Ripon, and their buyer, Martin, wants a proper written proposal. Two of our beers on permanently and one rotating tap.
S2: Nine pubs. That's, what, six or seven extra brews a month?
S3: If it all comes off, roughly that, yeah.
S1: What's he after on price?
S3: He's asking for ten percent off list. I don't want to give him ten.
S1: No. We hold the list price. Offer him free delivery, and we'll throw in bar runners and glassware for every site. That's where I am on it. @d_price
S3: That's what I'd have said. I think he'll go for it, honestly, what he mostly wants is deliveries that turn up. His last brewery was a nightmare.
S1: And when does he need it by?
S3: Their buying meeting's on the nineteenth, so it has to be with him before that. @a_fern0
S1: Right, so get it to him before the nineteenth then, and copy me in. @a_fern1
S3: Will do. @a_fern2
S6: Could we get them to do a tap takeover here as well? Like, bring all their managers to the taproom, let them try everything?
S3: Maybe, once they've signed. Let's not scare him off before then.
S6: Fair enough.
S1: Festival. Ripon, eighteenth and nineteenth of April, we've got the stand and it's paid for. Tom, I was hoping you'd run it again like last year? @x_fest1
S4: Ah. I can't, Gareth, sorry. It's our Karen's wedding that weekend, I'm in Portugal. @x_fest2
S1: Oh, right, congratulations to her. Er, okay then.
S6: I'll do it. Honestly, I'd quite like to, and I can bring two of the bar staff with me. @a_fest0
S1: Brilliant. Can you sort the rota and a list of what we're taking by the end of the month, so we've got time to order stuff in? @a_fest1
S6: End of the month, yep, that's fine. @a_fest2
S2: Take the seasonal, that's the whole point of it.
S6: Obviously, Dean.
S6: And while I've got you all, launch night. Friday the twenty-seventh. I'm doing new tap boards and a printed menu with the seasonal on.
S1: When will they be ready?
S6: I'll have them done by the Wednesday before, so the twenty-fifth. @a_menus
S1: Great. Amara, compliance.
S5: Thank you. Two things. The duty return for February. I was going to do it Monday, but actually it's due on the fifteenth and that's a Sunday, so, no, I'll do it tomorrow. @a_duty
S1: Good, thanks.
S5: And the CO2. Our contract with Northgas ends in May, they've sent the renewal, and it's up twenty-eight percent.
S2: Twenty-eight?
S5: Twenty-eight.
S4: If it goes like it did back in twenty-two, when nobody could get any at all, we'd have to stop brewing, wouldn't we? @x_hyp
S2: We'd have about two weeks of gas, then we're done.
S1: Let's not go there just yet. Amara, can you get me a couple of other quotes, so I've got something to wave at them? @a_quotes0
S5: Sure. When for?
S1: By the twentieth? Northgas want an answer by the end of the month, and I know their area manager from the SIBA dinners, so I want to go in armed. @a_quotes1
S5: The twentieth's fine. @a_quotes2
S3: Oh, and Gareth, the February keg invoices you were asking about last week. They all went out yesterday. @x_done
S1: Oh, brilliant, thank you.
S6: Can I quickly bring up the logo? Because with the new cans coming...
S1: Lily, not today. Let's park the rebrand till after Easter, it's a whole meeting on its own. @x_logo
S6: Fine. But I'm bringing it back.
S1: I know you are. Right, same time next week? Thursday, half eight.
S5: Thursday's fine with me. @nm
S2: Unless the seasonal's playing up, in which case I'll be in the brewhouse swearing at it.
S1: Then we'll come to you. Cheers, everyone.
'''
DECISIONS=[
 {"text":"Brew the spring seasonal in FV4 on Tuesday and push the stout back a week","ev":["d_fv4"]},
 {"text":"Use the mobile canner on 2 April rather than buying a canning line","ev":["d_canner1","d_canner2"]},
 {"text":"Fernside Inns proposal at list price, with free delivery plus bar runners and glassware; no 10% discount","ev":["d_price"]},
]
ACTIONS=[
 {"task":"Revise the brew schedule (seasonal in FV4, stout moved) and circulate it","owner":"Dean Kowalski","due_rule":"today","due_text":"today, before I head off","deliverable":"Revised brew schedule","ev":["a_sched"]},
 {"task":"Confirm the 2 April mobile canner booking and pay the deposit","owner":"Amara Nwosu","due_rule":"this:fri","due_text":"by Friday","deliverable":"Canner booking confirmation","ev":["a_canner"]},
 {"task":"Check the cask tracking sheet against delivery notes and list which pubs hold casks and for how long","owner":"Tom Birtwistle","due_rule":"next:mon","due_text":"till Monday","deliverable":"List of outstanding casks by pub","ev":["a_casks0","a_casks"]},
 {"task":"Send the written proposal to Martin at Fernside Inns, copying Gareth","owner":"Siobhan Quill","due_rule":"eve:03-19","due_text":"before the nineteenth (their buying meeting)","deliverable":"Fernside Inns proposal","ev":["a_fern0","a_fern1","a_fern2"]},
 {"task":"Run the Ripon beer festival stand: prepare the staff rota and the list of beers and kit to take","owner":"Lily Hargreaves","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Festival rota and stock list","ev":["a_fest0","a_fest1","a_fest2"]},
 {"task":"Prepare new tap boards and printed menu for the seasonal launch night","owner":"Lily Hargreaves","due_rule":"next2:wed","due_text":"by the Wednesday before, the twenty-fifth","deliverable":"Tap boards and launch menu","ev":["a_menus"]},
 {"task":"Submit the February alcohol duty return","owner":"Amara Nwosu","due_rule":"tomorrow","due_text":"Monday — no, tomorrow","deliverable":"February duty return","ev":["a_duty"]},
 {"task":"Get two alternative CO2 supply quotes to use against the Northgas renewal","owner":"Amara Nwosu","due_rule":"dom:20","due_text":"by the twentieth","deliverable":"Two alternative CO2 quotes","ev":["a_quotes0","a_quotes1","a_quotes2"]},
]
NEXT={"date_rule":"next:thu","time":"08:30","ev":["nm"],"text":"Same time next week"}
NOT_ACTIONS=[
 {"ev":["x_line1","x_line2"],"why":"Dean's proposal to buy a second-hand canning line was turned down for this year","kind":"rejected"},
 {"ev":["x_fest1","x_fest2"],"why":"Tom was asked to run the festival stand but declined (away that weekend); Lily took it","kind":"declined"},
 {"ev":["x_ring1","x_ring2"],"why":"Siobhan's offer to phone pubs holding casks put on hold until Tom's list is in","kind":"deferred"},
 {"ev":["x_hyp"],"why":"Hypothetical about a CO2 shortage forcing brewing to stop","kind":"hypothetical"},
 {"ev":["x_done"],"why":"February keg invoices already sent yesterday","kind":"completed"},
 {"ev":["x_logo"],"why":"Rebrand/logo discussion parked until after Easter","kind":"deferred"},
]
EXTRA={"note":"Tap-takeover idea left unlabelled (not taken up). Amara's duty return date self-corrected: Monday -> tomorrow. Fernside proposal must be in before the buying meeting on the 19th, so due the 18th."}
