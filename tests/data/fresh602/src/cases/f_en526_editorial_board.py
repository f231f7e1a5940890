STEM='f_en526_editorial_board'
LANG='en'
MEETING={"title":"Larkspur & Finch - Editorial Meeting (Acquisitions)","date":"2026-11-05","start":"11:00","end":"12:10",
 "location":"Fourth-floor boardroom, Larkspur & Finch",
 "host":"Miriam Achterberg","recorder":"Oliver Penrose",
 "attendees":[
  {"name":"Miriam Achterberg","department":"Publishing","title":"Publisher"},
  {"name":"Julian Frost","department":"Editorial","title":"Senior Editor, Fiction"},
  {"name":"Adaeze Nwosu","department":"Editorial","title":"Editor, Non-fiction"},
  {"name":"Oliver Penrose","department":"Editorial","title":"Editorial Assistant"},
  {"name":"Pete Kowalski","department":"Sales","title":"Sales Director"},
  {"name":"Hannah Liu","department":"Marketing","title":"Marketing Manager"},
  {"name":"Sanjay Rao","department":"Rights & Contracts","title":"Rights Manager"}],
 "agenda":["The Salt Orchard (debut fiction)","The Keeper's Year (memoir)","Small Plates, Big Table (cookbook)","Norwegian crime translation","Proposal process","AOB"],
 "consent":{"confirmed":True,"method":"Standing consent for recording editorial meetings; Miriam reminded the room at the start","by":"Oliver Penrose"}}
SPEAKERS={"S1":"Miriam Achterberg","S2":"Julian Frost","S3":"Adaeze Nwosu","S4":"Oliver Penrose","S5":"Pete Kowalski","S6":"Hannah Liu","S7":"Sanjay Rao"}
LINES='''
S1: Right, we're recording as usual. Julian, you're first because I can see you vibrating.
S2: I am vibrating. The Salt Orchard. Debut, literary with a big commercial hook, a family running a failing orchard on the Kent coast over three generations. Agent's Sophie Marr.
S3: I read it on the train on Monday and missed my stop. Genuinely.
S1: Who else has it?
S2: Sophie says two other houses have it, and she wants offers by Tuesday. She hasn't said auction, but she's clearly hoping.
S5: Comps?
S2: I'd say somewhere between The Lighthouse Daughters and, at a stretch, Orchard Lane. Both did well over twenty thousand in hardback.
S5: Orchard Lane had a Richard and Judy pick, Julian. That's not a comp, that's a wish.
S2: Fine, fine, Lighthouse Daughters then.
S6: Marketing-wise it's very easy to sell. The cover practically designs itself. Apples, sea, a woman in a cardigan.
S1: What are you thinking on money?
S2: I'd like to go in at thirty-five, with room to forty. UK and Commonwealth.
S5: On my numbers forty is the top. Above that we need it to be a lead title, and I'm not sure it's a lead title for a debut.
S2: And if it goes to auction? We could go to fifty, realistically, if the others push.
S1: If it goes to auction, you come back to me before anything above forty. I'm not deciding fifty in this room on a hypothetical. @x_auction
S2: Understood.
S1: So. Does anyone disagree with making an offer? No? Then we offer, up to forty thousand, UK and Commonwealth. @d_salt
S2: Brilliant. I'll ring Sophie this afternoon. @a_call
S1: And Hannah, we'll need the marketing plan for the acquisitions board, it's on the nineteenth. @a_mkt_ask
S6: I'll have a draft plan done before the board on the nineteenth. @a_mkt
S7: Sorry, audio? Is audio in or out?
S2: Sophie'll want to keep audio, I'd bet money on it.
S7: Then put it in the offer but don't die on it.
S1: Next, Adaeze. The memoir.
S3: The Keeper's Year. Tom Ashworth, last keeper on the Skerry Light before it was automated in the nineties. It's funny, which I didn't expect, and there's a terrible storm chapter that's just extraordinary.
S3: The problem is I've only got three chapters and a very loose outline. I'd like to see more before we commit.
S1: What's the platform?
S3: He did a Radio 4 piece last year that got picked up a lot. Other than that, not much.
S5: Memoir from an unknown, without a platform, is hard at the moment. I'd want to run numbers before I say yes or no.
S1: Can you do that, Pete? @a_proj_ask
S5: Yeah. Give me till Monday, I've got the sales conference prep this week. @a_projections
S1: Monday's fine.
S1: Adaeze, can you ask him for a couple more chapters? @a_ch_ask
S3: Yes, I'll ask him for two more, the middle ones. He's in his seventies and types with two fingers, so I won't hurry him. @a_chapters
S1: Fair. Cookbook.
S3: Small Plates, Big Table. Honestly, I brought it because the agent's a friend. It's lovely, but it's the fourth small plates book this year.
S6: And the author's Instagram has eight thousand followers, and half of them look like bots.
S5: Production costs for a full-colour cookbook with photography, we'd need to sell seven thousand to break even.
S1: I don't think we need to agonise. We pass. Adaeze, let her down gently. @d_cook
S3: I will, I'll email her today, she'll be fine. @a_cookemail
S5: Shall I still redo the cookbook P and L with the smaller format, just in case?
S1: No point, Pete, we've passed. Save yourself the evening. @x_cookpl
S5: Music to my ears.
S1: The Norwegian crime. Sanjay.
S7: Nattvakt, by Ingrid Solheim. Sold in nine languages already, it's big in Germany. The Oslo agency's offering either UK and Commonwealth or world English.
S2: World English means the US as well?
S7: US, Canada, everything. It costs more up front, but then we can sell the US rights on ourselves, or do it ourselves with the distributor.
S5: The US is where crime translation actually makes money.
S1: And if we only take UK, someone American buys the US and their edition leaks into our export markets. We've been burned by that.
S1: Let's bid for world English. @d_world
S7: Okay. One thing, I'm not a hundred percent sure the English rights are still free. There was a rumour at Frankfurt that a US house had an option.
S1: Then check that before we spend any time on it. @a_rights_ask
S7: I'll get it confirmed with the agency by the thirteenth. @a_rights
S4: Speaking of Frankfurt, did anyone else's hotel lose their booking? Mine's sent me an email saying we were never there.
S6: Mine charged me twice for the minibar.
S2: You used the minibar?
S6: I was jet-lagged!
S1: Okay, okay, expenses is a different meeting. @x_hotel
S1: Process. I want to change one thing. Half of today's proposals came in last night, and half of us hadn't read them. From January, every proposal needs a comp title sheet, and it gets circulated at least forty-eight hours before the meeting. If it's not in forty-eight hours ahead, it goes to the next meeting. @d_rule
S2: Forty-eight hours. That's fair, even for me.
S3: Could we have a standard form for the comps? Otherwise we'll all do it differently.
S1: Oliver, can you put a template together and circulate it by Friday? @a_tpl_ask
S4: Would Monday be okay? I'm at the distributor's all day tomorrow.
S1: I'd rather Friday, so people have it when they're writing up the December proposals. A rough one's fine.
S4: Okay, Friday then. @a_template
S1: Anything else?
S3: The poetry list. We said we'd review whether we're keeping it.
S1: Not today. We'll park the poetry list until the new year, after we've seen the autumn sales. @x_poetry
S3: Okay.
S1: Right. Next editorial meeting, Thursday the twenty-sixth, same time, eleven. @nm
S5: The nineteenth's the acquisitions board, don't forget.
S1: I won't. Thanks all.
'''
DECISIONS=[
 {"text":"Make an offer on The Salt Orchard of up to £40,000 for UK and Commonwealth rights.","ev":["d_salt"]},
 {"text":"Pass on the cookbook Small Plates, Big Table.","ev":["d_cook"]},
 {"text":"Bid for world English rights, not UK and Commonwealth only, for Nattvakt.","ev":["d_world"]},
 {"text":"From January, every proposal needs a comp title sheet circulated at least 48 hours before the meeting, or it moves to the next meeting.","ev":["d_rule"]},
]
ACTIONS=[
 {"task":"Call the agent, Sophie Marr, with the offer for The Salt Orchard","owner":"Julian Frost","due_rule":"today","due_text":"this afternoon","deliverable":"Offer to the agent","ev":["a_call"]},
 {"task":"Draft the marketing plan for The Salt Orchard for the acquisitions board","owner":"Hannah Liu","due_rule":"eve:11-19","due_text":"before the board on the nineteenth","deliverable":"Draft marketing plan","ev":["a_mkt_ask","a_mkt"]},
 {"task":"Run sales projections for The Keeper's Year","owner":"Pete Kowalski","due_rule":"next:mon","due_text":"till Monday","deliverable":"Sales projections","ev":["a_proj_ask","a_projections"]},
 {"task":"Ask the author of The Keeper's Year for two more sample chapters","owner":"Adaeze Nwosu","due_rule":None,"due_text":None,"deliverable":"Two more sample chapters","ev":["a_ch_ask","a_chapters"]},
 {"task":"Email the cookbook author's agent to decline","owner":"Adaeze Nwosu","due_rule":"today","due_text":"today","deliverable":"Decline email","ev":["a_cookemail"]},
 {"task":"Confirm with the Oslo agency that the English-language rights to Nattvakt are still available","owner":"Sanjay Rao","due_rule":"next_dom:13","due_text":"by the thirteenth","deliverable":"Rights confirmation","ev":["a_rights_ask","a_rights"]},
 {"task":"Put together and circulate a comp title sheet template","owner":"Oliver Penrose","due_rule":"this:fri","due_text":"by Friday","deliverable":"Comp title template","ev":["a_tpl_ask","a_template"]},
]
NEXT={"date_rule":"iso:2026-11-26","time":"11:00","ev":["nm"],"text":"Next editorial meeting"}
NOT_ACTIONS=[
 {"ev":["x_auction"],"why":"Going to £50,000 only if it goes to auction; hypothetical, to come back to the publisher","kind":"hypothetical"},
 {"ev":["x_cookpl"],"why":"Redoing the cookbook P&L cancelled since the book was passed on","kind":"cancelled"},
 {"ev":["x_hotel"],"why":"Frankfurt hotel chat, off topic","kind":"off_topic"},
 {"ev":["x_poetry"],"why":"Poetry list review parked until the new year","kind":"deferred"},
]
EXTRA={"note":"British English. Oliver asks for Monday but the publisher keeps Friday (asker's date wins). Marketing plan due the day before the acquisitions board on the 19th."}
