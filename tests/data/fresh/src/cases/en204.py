STEM='f_en204_year11_parents_evening'
LANG='en'
MEETING={"title":"Year 11 Parents' Evening – planning meeting","date":"2026-01-14","start":"15:45","end":"16:30",
 "location":"Meeting Room 2, Main Building","host":"Claire Hutchinson","recorder":"Gareth Lewis",
 "attendees":[{"name":"Claire Hutchinson","department":"Senior Leadership Team","title":"Deputy Headteacher"},
  {"name":"Siobhan Kelly","department":"Pastoral","title":"Head of Year 11"},
  {"name":"Ravi Patel","department":"Maths Department","title":"Head of Maths"},
  {"name":"Amara Osei","department":"SEND","title":"SENCo"},
  {"name":"Gareth Lewis","department":"School Office","title":"Office Manager"},
  {"name":"Nick Doyle","department":"Site Team","title":"Site Manager"},
  {"name":"Fiona Grant","department":"PTA","title":"PTA Chair"}],
 "agenda":["Format and date","Appointment length","Booking and SEND priority","Letter to parents","Hall set-up and refreshments"],
 "consent":{"confirmed":True,"method":"Verbal consent at the start","by":"Gareth Lewis"}}
SPEAKERS={"S1":"Claire Hutchinson","S2":"Siobhan Kelly","S3":"Ravi Patel","S4":"Amara Osei","S5":"Gareth Lewis","S6":"Nick Doyle","S7":"Fiona Grant"}
LINES='''
S1: Right, shall we crack on? I know everyone's got duty or clubs. Year 11 parents' evening. It's pencilled in for Thursday the fifth of February. Does that still work for everyone?
S2: It works for pastoral. It's three weeks after mocks results went home, which is what we wanted.
S5: Mocks results went out last Friday by the way, all of them, through the app. So that's sorted. @done_mocks
S1: Brilliant. Format. Ravi, you wanted to go fully online again, like during covid?
S3: I did, yes. Last year's in-person one, half my department were there till nearly eight, and the online one the year before was so much easier. People book, they click, done. @virtual1
S2: Honestly, do we really think parents want to sit on a laptop at nine at night talking about quadratic equations? The ones we most need to see never log on. @rhet
S1: I'm with Siobhan. It's Year 11, it's the last one before the exams, I want them in the building. In person, sports hall, four till seven. @virtual2 @d_format
S3: Could we at least offer video for parents who work shifts? @hybrid1
S1: Yes, fine, but capped. Video appointments for families who can't come in, no more than twenty percent of each teacher's slots. @d_video
S3: I can live with that.
S1: Appointment length. Last year was five minutes and everyone complained.
S3: Eight. You cannot discuss a grade five borderline in five minutes.
S2: Eight minutes and Year 11 parents see seven or eight teachers, that's an hour in the building. They won't stay.
S1: Let's meet in the middle. Six minutes. Decided. @d_length
S4: Can I raise SEND families? Last year a few of my parents couldn't get slots with the core subjects at all, because everything was booked in the first hour. It causes real distress.
S1: What are you suggesting?
S4: A priority booking window, forty-eight hours before it opens to everyone else, for students on the SEND register.
S1: Agreed, no objection? Good. SEND families get a forty-eight hour priority window. @d_send
S4: I'll send Gareth the list of the families with email addresses checked. End of next week? @a_send
S1: End of next week's fine. @a_send2
S5: And I'll open the booking system, SchoolCloud, on Monday the twenty-sixth for SEND families, and the twenty-eighth for everyone else. @a_book
S1: Lovely. The letter to parents. Gareth, can you draft it? @r_letter
S2: Actually Claire, I think it should come from me as Head of Year. Parents know my name, they open my emails. I'll write it and send it through the app by this Friday. @a_letter
S1: Good point. Siobhan, it's yours. Copy me in before it goes out. @a_letter2
S2: Will do.
S3: On grades, the current working-at grades for maths are all in, but science and English are behind.
S1: I need every department's working-at grades in the system before the evening, otherwise the teachers are sitting there with nothing. Ravi, you're chasing heads of department this time? @a_grades0
S3: Yes, I'll chase them. All in by the thirtieth. @a_grades
S1: Thank you.
S6: Set-up. Sports hall's got PE exams in the afternoon of the fifth, I can't get in till half three.
S1: Half an hour to set up forty tables?
S6: Me and the two lads can do it if the tables are stacked ready. I'll have the tables, the name signs and the one-way route in place on the day before four. @a_hall
S1: Perfect.
S7: The PTA would like to do refreshments again. Tea, coffee, cake. We'd like the money to go to the Year 11 prom fund.
S1: Yes please, and yes, proceeds to the prom fund. @d_pta
S7: I'll sort a rota of parent volunteers. @a_rota
S2: We also talked about a careers table in the hall, with the careers adviser. @careers1
S1: Oh, scratch that, she's on leave until March. We'll do careers at the Year 10 evening instead. @careers2
S6: What if it snows? It did two years ago. @snow1
S1: Then we'd move everything online, but let's not plan for that now. @snow2
S1: Okay. So, in person on the fifth, sports hall four to seven, six-minute slots, limited video, SEND priority, PTA refreshments. Let's check in once booking's open. Wednesday the twenty-eighth, same time? @nm
S5: I'll put it in the calendar.
'''
DECISIONS=[
 {"text":"Year 11 parents' evening held in person on 5 February 2026 in the sports hall, 16:00–19:00, not fully online.","ev":["d_format"]},
 {"text":"Video appointments offered for families who cannot attend, capped at 20% of each teacher's slots.","ev":["hybrid1","d_video"]},
 {"text":"Appointments last six minutes.","ev":["d_length"]},
 {"text":"Families of students on the SEND register get a 48-hour priority booking window.","ev":["d_send"]},
 {"text":"The PTA runs refreshments, with proceeds going to the Year 11 prom fund.","ev":["d_pta"]},
]
ACTIONS=[
 {"task":"Send Gareth the list of SEND families with checked email addresses","owner":"Amara Osei","due_rule":"next:fri","due_text":"end of next week","deliverable":"SEND family list","ev":["a_send","a_send2"]},
 {"task":"Open SchoolCloud booking for SEND families (26 January) and for all families (28 January)","owner":"Gareth Lewis","due_rule":"md:01-26","due_text":"Monday the twenty-sixth","deliverable":"Booking system open","ev":["a_book"],"note":"General opening on the 28th; due taken as the first opening"},
 {"task":"Write the letter to parents and send it through the app, copying Claire before it goes out","owner":"Siobhan Kelly","due_rule":"this:fri","due_text":"by this Friday","deliverable":"Letter to parents","ev":["a_letter","a_letter2"],"note":"Claire first asked Gareth; Siobhan took it"},
 {"task":"Chase heads of department to get all working-at grades into the system","owner":"Ravi Patel","due_rule":"dom:30","due_text":"by the thirtieth","deliverable":"Working-at grades entered","ev":["a_grades0","a_grades"]},
 {"task":"Set up tables, name signs and one-way route in the sports hall","owner":"Nick Doyle","due_rule":"md:02-05","due_text":"on the day, before four","deliverable":"Sports hall set up","ev":["a_hall"]},
 {"task":"Organise a rota of parent volunteers for refreshments","owner":"Fiona Grant","due_rule":None,"due_text":None,"deliverable":"Refreshment rota","ev":["a_rota"]},
]
NEXT={"date_rule":"md:01-28","time":"15:45","ev":["nm"]}
NOT_ACTIONS=[
 {"ev":["done_mocks"],"why":"Mock results already sent to parents","kind":"completed"},
 {"ev":["virtual1"],"why":"Fully online evening proposed and rejected","kind":"rejected"},
 {"ev":["rhet"],"why":"Rhetorical question","kind":"rhetorical"},
 {"ev":["r_letter"],"why":"Letter asked of Gareth, taken by Siobhan","kind":"reassigned"},
 {"ev":["careers1","careers2"],"why":"Careers table cancelled (adviser on leave)","kind":"cancelled"},
 {"ev":["snow1","snow2"],"why":"Snow contingency is hypothetical","kind":"hypothetical"},
]
