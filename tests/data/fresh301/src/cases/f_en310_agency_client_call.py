STEM='f_en310_agency_client_call'
LANG='en'
MEETING={"title":"Fernhill Cider x Tallow & Pike – summer campaign check-in","date":"2026-07-01","start":"11:00","end":"11:30",
 "location":"Zoom","host":"Isobel Grant","recorder":"Isobel Grant",
 "attendees":[{"name":"Isobel Grant","department":"Tallow & Pike (Client Services)","title":"Account Director"},
  {"name":"Felix Moreau","department":"Tallow & Pike (Creative)","title":"Creative Director"},
  {"name":"Hannah Ridley","department":"Fernhill Cider (Brand)","title":"Brand Manager"},
  {"name":"Raj Malhotra","department":"Fernhill Cider (E-commerce)","title":"E-commerce Lead"}],
 "agenda":["Creative routes feedback","Launch date","Influencer budget","Next steps"],
 "consent":{"confirmed":True,"method":"Zoom recording; client agreed at start","by":"Isobel Grant"}}
SPEAKERS={"S1":"Isobel Grant","S2":"Felix Moreau","S3":"Hannah Ridley","S4":"Raj Malhotra"}
LINES='''
S1: Hi both, thanks for making time. So, you've had the two routes since Friday. Hannah, where did you land?
S3: So. We love B. "Orchard Hours." The long-table stuff, the golden light. A felt a bit, I don't know, a bit like every other drinks brand this summer.
S2: That's fair. A was the safer one, honestly.
S3: The one thing on B: the tagline. "Slow down, it's summer." Our MD said it sounds like a road safety ad.
S2: Ha. Okay. He's not wrong. I'll bring you three alternative lines. @a_lines0
S1: When can we do that, Felix?
S2: Friday. I'll send three lines by Friday, end of day. @a_lines
S3: Great. So yes, we're going with B, pending the line. @d_b
S1: Lovely. Launch date. We've been working to the thirteenth.
S4: Yeah, about that. The new online shop doesn't go live till the sixteenth now, and I really don't want to drive traffic to the old one.
S1: So launch after the sixteenth.
S4: The twentieth? Monday?
S3: The twentieth works for us. Let's move it to the twentieth. @d_date
S1: Okay. That gives us a week more on production, which honestly Felix won't complain about.
S2: I'm not complaining.
S1: Raj, could you let us know the moment the shop's confirmed live? We've got paid social pointing at it.
S4: Yes, I'll confirm by the sixteenth either way. @a_shop
S1: Influencers. We proposed eight micro-influencers at the twelve thousand budget.
S3: Finance has only signed off ten. I'm trying to get the other two.
S1: Shall we plan on ten and cut to six people, and add two if the money comes? @inf0
S3: Yes. Do that. Six now, and if I get the extra two thousand, two more. @d_inf
S1: I'll send you the revised shortlist of six. Tomorrow, end of day. @a_shortlist
S3: And I'll chase finance about the other two thousand. I'll try and get an answer this week but, you know, finance. @a_fin
S2: One more thing, the shoot. We've got the orchard in Herefordshire booked for the ninth and tenth. @done_shoot
S3: Is that still okay with the launch moving?
S2: Better, actually, more time in the edit.
S4: Do you need product for the shoot? I can send a couple of cases.
S2: Yes please. Four cases, the Dry and the Rosé, to the studio by the seventh. @a_cases
S4: Done. I'll get them out Monday. @a_cases2
S1: Great. Same time next week? I'll bring the lines and the shortlist.
S3: Same time works. @nm
S1: Thanks both.
'''
DECISIONS=[
 {"text":"Creative route B ('Orchard Hours') is chosen, pending a new tagline.","ev":["d_b"]},
 {"text":"The campaign launch moves from 13 July to Monday 20 July, after the new online shop goes live on the 16th.","ev":["d_date"]},
 {"text":"Six micro-influencers within the GBP 10,000 budget; two more added if an extra GBP 2,000 is approved.","ev":["inf0","d_inf"]},
]
ACTIONS=[
 {"task":"Send three alternative taglines for route B","owner":"Felix Moreau","due_rule":"this:fri","due_text":"by Friday, end of day","deliverable":"Three tagline options","ev":["a_lines0","a_lines"]},
 {"task":"Confirm whether the new online shop is live","owner":"Raj Malhotra","due_rule":"md:07-16","due_text":"by the sixteenth","deliverable":None,"ev":["a_shop"]},
 {"task":"Send the revised shortlist of six influencers","owner":"Isobel Grant","due_rule":"tomorrow","due_text":"tomorrow, end of day","deliverable":"Influencer shortlist","ev":["a_shortlist"]},
 {"task":"Chase finance for the additional GBP 2,000 influencer budget","owner":"Hannah Ridley","due_rule":"week_end","due_text":"try to get an answer this week","deliverable":None,"ev":["a_fin"],"note":"Hedged; some minute-takers would leave it null"},
 {"task":"Send four cases of product (Dry and Rosé) to the studio for the shoot","owner":"Raj Malhotra","due_rule":"md:07-07","due_text":"to the studio by the seventh (sent Monday)","deliverable":None,"ev":["a_cases","a_cases2"]},
]
NEXT={"date_rule":"next:wed","time":"11:00","ev":["nm"],"text":"Same time next week"}
NOT_ACTIONS=[
 {"ev":["done_shoot"],"why":"Orchard location already booked for the shoot","kind":"completed"},
]
EXTRA={"note":"Client-side owners (Fernhill Cider) for the shop confirmation, finance chase and product cases. Recorder is the host."}
