STEM='f_en531_golf_club_committee'
LANG='en'
MEETING={"title":"Management Committee Meeting - March","date":"2026-03-17","start":"19:00","end":"20:10",
 "location":"Committee Room, Kinloch Links Golf Club",
 "host":"Alasdair Menzies","recorder":"Fiona Baird",
 "attendees":[
  {"name":"Alasdair Menzies","department":"Management Committee","title":"Chairman"},
  {"name":"Fiona Baird","department":"Club Office","title":"Club Secretary"},
  {"name":"Derek Rennie","department":"Greens","title":"Greens Convener"},
  {"name":"Morag Lindsay","department":"Finance","title":"Treasurer"},
  {"name":"Colin Stewart","department":"Competitions","title":"Match and Handicap Convener"},
  {"name":"Priya Nair","department":"House","title":"House Convener"},
  {"name":"Tom Haddow","department":"Juniors","title":"Junior Convener"}],
 "absent":[{"name":"Jim Kerr","department":"Management Committee","reason":"On holiday"}],
 "agenda":["Greens report and spring hollow-tining","Irrigation pump","Finance and subscriptions","Competitions","House and bar hours","Juniors","AOB"],
 "consent":{"confirmed":True,"method":"Chairman asked at the start whether anyone objected to the recording for the minutes; no objections","by":"Fiona Baird"}}
SPEAKERS={"S1":"Alasdair Menzies","S2":"Fiona Baird","S3":"Derek Rennie","S4":"Morag Lindsay","S5":"Colin Stewart","S6":"Priya Nair","S7":"Tom Haddow"}
LINES='''
S1: Right, folks, it's just gone seven, so let's make a start. Fiona's recording for the minutes as usual, nobody minds? Good.
S1: Apologies from Jim Kerr, he's away in the Algarve, lucky man.
S2: And Sandra sent hers this afternoon, she's got the flu that's going about.
S1: Noted. We'll go straight to greens tonight because Derek has to get away by half eight. Derek.
S3: Cheers. So the course came through the winter better than I feared. The sixteenth green is still soft at the back but Graham's not worried about it.
S3: The big thing is hollow-tining. Graham wants to do all eighteen greens in one go this year rather than nine and nine like last spring.
S5: Which means shutting the course.
S3: Two days, aye. He suggested the sixth and seventh of April.
S5: That's Easter Monday, Derek. We've got the Easter Texas Scramble on the Monday, it's one of our busiest days.
S3: Och, is it? Right. The other option he gave me was the thirteenth and fourteenth.
S6: Is there anything booked that week? Visiting parties?
S2: Hang on, let me look at the diary. There's a society on the Wednesday, the fifteenth, a group from Dundee, but nothing on the Monday or the Tuesday.
S7: And the greens would be playable by the Wednesday?
S3: Sanded and rolled, they'll be bumpy for a week or two but playable, aye.
S1: So the thirteenth and fourteenth keeps us clear of Easter and clear of the society. Anyone against? No? Right then. Hollow-tining on Monday the thirteenth and Tuesday the fourteenth of April, course closed both days. @d_tining
S1: Fiona, the members need to hear about that early, or I'll get it in the neck at the bar.
S2: I'll put an email out to everyone and a notice on the board by Friday. @a_email
S3: Next thing is the irrigation pump down at the pump house. It's been making a racket since January. We had Aqua-Turf out and they've quoted four thousand two hundred to rebuild it.
S4: Four thousand two hundred.
S3: I know.
S4: Have we got a second price?
S3: Not yet, no.
S1: Derek, can you get us another quote before we meet again? I'd not want to sign off four grand on one price. @a_quote
S3: Aye, I'll get someone else out to look at it. @a_quote2
S7: What happens if it packs in before then?
S3: If it went completely we'd be hiring in a bowser and hand-watering, and that would cost more than the rebuild. But it's not at that stage. @x_bowser
S3: While I've got the floor, the fairway mower is on its last legs as well. I'd like us to look at replacing it this year.
S4: Derek, I'll stop you there. There's nothing in this year's budget for a new mower, not after the clubhouse roof. It goes on next year's capital list and that's that. @x_mower
S3: Fair enough. I had to ask.
S1: Right, Morag, you've got the floor for finance.
S4: Thank you. Subscriptions. We're at four hundred and twelve full members, which is up nine on last year. The one question for tonight is the junior fee.
S4: Tom's proposal is that we hold the junior sub at ninety-five pounds, rather than put it up in line with the adult rise.
S7: The juniors are our future membership. The section's gone from twenty-two to thirty-one, and most of the new ones came through the primary school taster days. If we hike it we lose the ones whose parents are on the fence.
S5: I've no problem with the principle, but the adults are taking a six percent rise. Some of them will ask why the kids get a freeze.
S6: Because the kids aren't propping up the bar on a Saturday night, Colin.
S5: Ha. Fair point.
S1: It's a fee, so let's take a proper vote and have it recorded. Holding the junior subscription at ninety-five pounds for twenty-six twenty-seven. Those in favour?
S1: That's five. Against?
S5: Just me. And I'm only against on principle, I'll not lose any sleep over it.
S1: Five to one, carried. The junior sub stays at ninety-five. @d_junior
S4: I'll get the invoices updated and off to the printers by the end of the month then. @a_invoices
S1: Good. Colin, competitions.
S5: Right. The calendar's out, you've all had it. One thing I want to propose. From the start of the season, so from the first of May, Medal entries go through the app only. No more paper sheet on the board. @d_app0
S6: What about the older members who don't have a smartphone?
S5: The pro shop will enter them at the desk. Ally's already said he's fine with that.
S1: Is everyone content? It seems sensible to me.
S4: Fine by me.
S3: Aye.
S1: Right, so from May, app entry only for the Medals, and the shop enters anyone who cannae do it themselves. @d_app
S5: I'll get the Medal set up on the app and a notice out before the first Medal, that's Saturday the second. @a_app
S5: I was also going to raise merging the ladies' and the men's competition calendars.
S1: That's a big one, Colin. I'd rather that went to the AGM with a proper paper. Let's park it for tonight. @x_merge
S5: No bother.
S1: Priya, house.
S6: Thanks. A few members have asked about keeping the bar open later on Sundays over the summer. Right now we shut at six. Kirsty says she could staff it till eight if we drop one of the Tuesday afternoon shifts.
S4: Does it wash its face, though? A Sunday evening?
S6: Kirsty reckons in the summer, with the late tee times, yes. It'd be a trial, May to the end of August, and we look at the takings in September.
S1: I'm happy with a trial. Anyone object?
S3: Fine, do it.
S1: Right. Sunday bar open till eight, May through August, and we review it in September. @d_bar
S6: I'll do a notice about the new hours and have it up by the end of April. @a_barnotice
S7: Oh, and did the defibrillator by the starter's hut ever get looked at?
S6: Done. It was serviced last Thursday, new pads and everything. @x_defib
S1: Good. Now, the newsletter. Colin, would you do a wee piece about the tining and the pump? You write well.
S5: I'd rather not, Alasdair, I've got the whole Spring Foursomes draw to do in April. @x_newsletter
S6: I can do it, I'm writing the house bit anyway. @a_newsletter
S1: Thanks, Priya. Just get it in for the April newsletter whenever you can.
S1: Tom, juniors, anything more?
S7: Just that the coaching sessions start after Easter.
S2: Tom, can you send me the dates? I want them on the website and in the club calendar. @a_coach
S7: Sure. When do you need them?
S2: Thursday week would do me. @a_coach1
S7: Thursday week, no problem. @a_coach2
S1: Any other business? No? Then the next meeting is Tuesday the twenty-first of April, seven o'clock as usual. @nm
S2: Twenty-first of April, got it.
S1: Thanks everyone. Safe home.
'''
DECISIONS=[
 {"text":"Hollow-tine all eighteen greens on Monday 13 and Tuesday 14 April; the course is closed to members on both days","ev":["d_tining"]},
 {"text":"Junior subscription held at £95 for 2026-27 (vote five to one)","ev":["d_junior"]},
 {"text":"From 1 May, Medal entries through the app only; the pro shop enters members who cannot use the app","ev":["d_app0","d_app"]},
 {"text":"Trial of Sunday bar opening until 8 pm from May to the end of August, to be reviewed in September","ev":["d_bar"]},
]
ACTIONS=[
 {"task":"Email all members and put a notice on the board about the course closure for hollow-tining","owner":"Fiona Baird","due_rule":"this:fri","due_text":"by Friday","deliverable":"Members' email and noticeboard notice","ev":["a_email"]},
 {"task":"Get a second quote for rebuilding the irrigation pump","owner":"Derek Rennie","due_rule":"next_meeting","due_text":"before we meet again","deliverable":"Second quote","ev":["a_quote","a_quote2"]},
 {"task":"Update the subscription invoices with the junior fee and send them to the printers","owner":"Morag Lindsay","due_rule":"month_end","due_text":"by the end of the month","deliverable":"Updated invoices","ev":["a_invoices"]},
 {"task":"Set up the Medal competition on the app and put out a notice about app-only entry","owner":"Colin Stewart","due_rule":"eve:05-02","due_text":"before the first Medal, Saturday the second","deliverable":"Medal set up on the app; notice to members","ev":["a_app"]},
 {"task":"Put up a notice about the new Sunday bar hours","owner":"Priya Nair","due_rule":"md:04-30","due_text":"by the end of April","deliverable":"Bar hours notice","ev":["a_barnotice"]},
 {"task":"Write the newsletter piece on the hollow-tining and the irrigation pump","owner":"Priya Nair","due_rule":None,"due_text":"for the April newsletter, whenever you can","deliverable":"Newsletter article","ev":["a_newsletter"]},
 {"task":"Send the junior coaching session dates to the club secretary for the website and calendar","owner":"Tom Haddow","due_rule":"next:thu","due_text":"Thursday week","deliverable":"Coaching dates","ev":["a_coach","a_coach1","a_coach2"]},
]
NEXT={"date_rule":"md:04-21","time":"19:00","ev":["nm"],"text":"Regular monthly committee meeting"}
NOT_ACTIONS=[
 {"ev":["x_bowser"],"why":"Hiring a bowser is only what would happen if the pump failed completely","kind":"hypothetical"},
 {"ev":["x_mower"],"why":"Replacing the fairway mower this year refused by the treasurer; no budget","kind":"rejected"},
 {"ev":["x_merge"],"why":"Merging the ladies' and men's calendars parked for the AGM","kind":"deferred"},
 {"ev":["x_defib"],"why":"Defibrillator already serviced last week","kind":"completed"},
 {"ev":["x_newsletter"],"why":"Colin declined to write the newsletter piece; Priya took it on","kind":"declined"},
]
EXTRA={"note":"Scottish golf club committee. 'Thursday week' said on Tuesday 17 March = Thursday 26 March. The first Medal is Saturday 2 May, so the app set-up is due the day before."}
