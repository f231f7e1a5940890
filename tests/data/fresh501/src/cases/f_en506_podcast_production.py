STEM='f_en506_podcast_production'
LANG='en'
MEETING={"title":"Tallgrass Audio – Weekly Production Call","date":"2026-04-24","start":"15:00","end":"15:40",
 "location":"Zoom",
 "host":"Dana Whitaker","recorder":"Nate Olsen",
 "attendees":[
  {"name":"Dana Whitaker","department":"Production","title":"Executive Producer"},
  {"name":"Theo Ramirez","department":"Production","title":"Senior Producer"},
  {"name":"Kayla Chen","department":"Post-Production","title":"Lead Audio Engineer"},
  {"name":"Jordan Ellis","department":"Talent","title":"Host, Ledger Lines"},
  {"name":"Priyanka Shah","department":"Sales","title":"Ad Sales Manager"},
  {"name":"Nate Olsen","department":"Marketing","title":"Social Media Lead"}],
 "agenda":["Numbers","Ledger Lines ep. 112 guest cancellation","Loudness complaints","Sponsor read changes","Cold Files: video, clips","Anything else"],
 "consent":{"confirmed":True,"method":"Zoom recording notice; verbal OK at start","by":"Nate Olsen"}}
SPEAKERS={"S1":"Dana Whitaker","S2":"Theo Ramirez","S3":"Kayla Chen","S4":"Jordan Ellis","S5":"Priyanka Shah","S6":"Nate Olsen"}
LINES='''
S1: Hey everybody, happy Friday. Nate's got the recording going for notes, everybody cool with that?
S4: Yep.
S3: Sure.
S1: Great. Okay, I want to keep this to half an hour, I know Jordan's got a thing at four.
S4: Dentist. Living the dream.
S5: Quick one before we start, do we have the March numbers yet? The Brightpath people asked me.
S6: They're in the dashboard, they landed Wednesday. Ledger Lines was up about twelve percent month over month, Cold Files was flat. @x_numbers
S5: Oh perfect, that's all they wanted.
S1: Okay. So, the fire drill this week. Theo, you want to explain?
S2: Yeah. So our guest for Ledger Lines one-twelve, the economist from Chicago, cancelled on Wednesday. Family emergency, totally understandable. But that was our Tuesday episode.
S4: And it was a good one, we had the whole outline done.
S2: So options are, one, we scramble and book somebody for Monday, record, and Kayla turns it around in a day. Or two, we push one-twelve a week and drop the mailbag episode we banked in March.
S3: Please, not option one. I have Cold Files this week too.
S4: I'm honestly happy to run the mailbag. People love those. We always get more reviews off the mailbag.
S1: Yeah, let's not kill ourselves. Push one-twelve by a week, mailbag goes out Tuesday instead. @d_push
S2: Okay. I'll try and rebook her, or find somebody else for the new slot. I'll get on it as soon as I can, I just don't know her availability. @a_guest
S1: That's fine, keep me posted.
S6: So I need to redo the social for Tuesday then. The audiograms and the post copy were all for one-twelve.
S1: Can you get that done before it drops? @a_social0
S6: Yeah, it drops Tuesday at six a.m. so I'll have everything scheduled by Monday. @a_social
S1: Okay. Next. Loudness. Kayla, we got, what, fifteen emails?
S3: Seventeen. And like thirty comments on Spotify. It's Cold Files one-eleven. People are saying the episode's super quiet and then the ads blast them.
S5: That's bad for me. The sponsor's not going to love "your ad made me jump."
S3: It's because the ads come in at minus fourteen and the show was mixed at around minus nineteen. And different shows are all over the place, honestly. Ledger Lines is at sixteen, Cold Files is at nineteen, the kids' show is at like eighteen.
S1: What should it be?
S3: Minus sixteen LUFS integrated, across the board. That's what pretty much everybody does for podcasts, and then the ad insertion matches. @d_lufs0
S1: Do it. Sixteen for every show, starting now. @d_lufs
S3: Cool. And I'll re-master one-eleven at sixteen and swap the file on the host. @a_remaster0
S1: How fast?
S3: I'll have it re-uploaded by Monday morning. @a_remaster
S2: Didn't we have a problem on one-ten too? The clipping?
S3: I already fixed that last week, that's done, the new file's been up since Thursday. @x_clip
S2: Oh nice.
S1: Okay. Priyanka, sponsor stuff.
S5: So Brightpath changed their offer. It was twenty percent off with code LEDGER, now it's the first month free with code LEDGERFREE. So the host read in the May episodes has to change.
S4: Ugh, I just recorded those.
S5: I know, I'm sorry. I'll send you the new copy after this call. And they want to hear the recorded read and approve it. @a_copy
S4: I'm in the studio Monday for pickups anyway. I'll record the new read then. @a_read
S5: Great, and then I'll get it over to them. They want it by Wednesday for approval, they're very strict about that. @a_sponsor0
S1: So Jordan Monday, Priyanka gets it to Brightpath by Wednesday. @a_sponsor
S5: Wednesday, yep.
S4: What if they pull out, though? They were weird about the renewal.
S5: If they pulled out we'd have a hole in May, but they won't, they just signed through June. @x_pullout
S1: Okay. Cold Files. Theo, the video question.
S2: So the network keeps asking whether we're doing video for YouTube this season. For Cold Files it's tricky. It's two people in a room with a lot of sound design. It's not a visual show.
S3: And it'd double my edit time.
S1: We're not doing video for Cold Files this season. We'll revisit for next season when we've got budget for a video editor. @d_video
S2: Good. The network will survive.
S2: And the other one, the transcripts. Dana, you asked me last week to get transcripts done for all the Cold Files back catalog for accessibility.
S3: The host does that automatically now. Since March. Every episode has a transcript, back catalog too, they ran it on everything.
S1: Oh, really? Then forget it, Theo, we don't need to pay anyone for that. @x_transcripts
S2: Great, one less thing.
S2: Last thing on Cold Files. In episode one-fourteen we want to use a clip from a nineteen ninety-four local news broadcast. About thirty seconds.
S1: That's a legal question. I'll ping legal today and ask if it's fair use or if we need to license it. @a_legal
S4: Can I pitch something before I run?
S1: Go.
S4: The Riverbend festival in September. They have a podcast stage. What if we did Ledger Lines live? Audience Q and A, the whole thing.
S1: I love it. But that's a budget question and a Q3 question. Let's put it on the Q3 planning list and talk about it then. @x_live
S4: Fair. I'll take it.
S1: Okay, anything else? No? Same time next Friday, three o'clock. Go get your teeth cleaned, Jordan. @nm
S4: Thanks, Dana. Bye all.
'''
DECISIONS=[
 {"text":"Push Ledger Lines episode 112 back one week and release the banked mailbag episode on Tuesday instead","ev":["d_push"]},
 {"text":"Standardise all shows at -16 LUFS integrated loudness, effective immediately","ev":["d_lufs0","d_lufs"]},
 {"text":"No video version of Cold Files for YouTube this season; revisit next season","ev":["d_video"]},
]
ACTIONS=[
 {"task":"Rebook the economist or find a replacement guest for Ledger Lines ep. 112","owner":"Theo Ramirez",
  "due_rule":None,"due_text":"as soon as I can","deliverable":"Guest booked","ev":["a_guest"]},
 {"task":"Redo the social posts and audiograms for the mailbag episode and schedule them","owner":"Nate Olsen",
  "due_rule":"next:mon","due_text":"before it drops Tuesday at 6 a.m. – scheduled by Monday","deliverable":"Scheduled social posts","ev":["a_social0","a_social"]},
 {"task":"Re-master Cold Files ep. 111 at -16 LUFS and replace the file on the host","owner":"Kayla Chen",
  "due_rule":"next:mon","due_text":"by Monday morning","deliverable":"Re-mastered episode re-uploaded","ev":["a_remaster0","a_remaster"]},
 {"task":"Record the new Brightpath host read (first month free, code LEDGERFREE)","owner":"Jordan Ellis",
  "due_rule":"next:mon","due_text":"Monday","deliverable":"Recorded ad read","ev":["a_read"]},
 {"task":"Send Jordan the new Brightpath copy","owner":"Priyanka Shah",
  "due_rule":"today","due_text":"after this call","deliverable":"Revised ad copy","ev":["a_copy"]},
 {"task":"Send the recorded Brightpath read to the sponsor for approval","owner":"Priyanka Shah",
  "due_rule":"next:wed","due_text":"by Wednesday","deliverable":"Ad read sent for approval","ev":["a_sponsor0","a_sponsor"]},
 {"task":"Ask legal whether the 1994 news clip in Cold Files ep. 114 is fair use or needs a licence","owner":"Dana Whitaker",
  "due_rule":"today","due_text":"today","deliverable":"Legal opinion requested","ev":["a_legal"]},
]
NEXT={"date_rule":"next:fri","time":"15:00","ev":["nm"],"text":"Weekly production call"}
NOT_ACTIONS=[
 {"ev":["x_numbers"],"why":"Question about March numbers – already available in the dashboard","kind":"question"},
 {"ev":["x_clip"],"why":"Clipping on ep. 110 already fixed","kind":"completed"},
 {"ev":["x_pullout"],"why":"Hypothetical sponsor pull-out; sponsor is signed through June","kind":"hypothetical"},
 {"ev":["x_transcripts"],"why":"Transcript job from last week cancelled – the host now generates them automatically","kind":"cancelled"},
 {"ev":["x_live"],"why":"Live show at the Riverbend festival put on the Q3 planning list","kind":"deferred"},
]
