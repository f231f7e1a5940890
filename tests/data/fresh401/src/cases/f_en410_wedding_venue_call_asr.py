STEM='f_en410_wedding_venue_call_asr'
LANG='en'
MEETING={"title":"Hartwell Barn – final planning call, Carter–Menon wedding","date":"2026-10-06","start":"17:00","end":"17:35",
 "location":"Phone call","host":"Becky Saunders","recorder":"Becky Saunders",
 "attendees":[{"name":"Becky Saunders","department":"Hartwell Barn","title":"Wedding Coordinator"},
  {"name":"Ashley Carter","department":"Couple","title":"Bride"},
  {"name":"Rohan Menon","department":"Couple","title":"Groom"},
  {"name":"Ollie Grant","department":"Hartwell Barn","title":"Head Chef"}],
 "agenda":["Final numbers","Menu and dietary","Timings on the day","Ceremony set-up"],
 "consent":{"confirmed":True,"method":"Asked at the start of the call; couple agreed","by":"Becky Saunders"}}
SPEAKERS={"S1":"Becky Saunders","S2":"Ashley Carter","S3":"Rohan Menon","S4":"Ollie Grant"}
LINES='''
S1: hiya can you both hear me ok i've got ollie with me as well our chef
S2: hi yes we can hear you hi ollie
S4: hello
S1: so um this is the the final call so i just want to go through numbers menu timings and the the ceremony bits um numbers first where are we
S2: so we're at one twenty two adults and um six kids but my aunt might not make it from ohio so it could be one twenty one
S1: ok so i'll need the absolute final numbers um ten days before so that's the by the fourteenth @a_numbers
S2: the fourteenth ok we'll have it by then @a_numbers2
S3: we'll know about your aunt by then right
S2: yeah she's seeing the doctor thursday
S1: lovely menu ollie
S4: yeah so um the the starter the barada's fine the main we've got the lamb and the the mushroom wellington for the veggies and um rohan you asked about a a south indian option
S3: yes so my my parents side a lot of them are vegetarian and um some don't eat eggs or onion garlic like jane
S4: ok so jain is is no onion no garlic no root veg right
S3: yeah
S4: i can do that i can do a a vegetable curry and a dal um without the onion and garlic i just need the the numbers for that separately
S3: i'll i'll ask my mum she knows exactly who @a_jain
S4: if you could get me that by the by friday that'd be great because i'm ordering on monday @a_jain2
S3: friday ok
S1: and the cake
S2: the cake's from from sugar and spice they're delivering it um at twelve
S1: twelve's fine i'll have someone receive it
S1: timings so ceremony at two drinks reception two thirty to four wedding breakfast at four um speeches before or after
S2: before we want the speeches before so so rohan's dad isn't nervous the whole meal
S3: he will be nervous anyway
S1: speeches before the meal then @d_speeches
S1: and first dance at seven thirty and the the band's on till eleven thirty and the the carriages at midnight
S2: can we do the the sparkler exit @spark1
S1: sparklers um we can't we're not allowed them since the since the barn roof it's in our insurance sorry @spark2
S2: oh ok no worries
S1: ceremony set up you wanted the the the arch in the orchard
S2: yes yes the orchard
S1: and if it rains we go into the the east barn i'll make that call at ten o'clock on the morning @rain
S3: ok makes sense
S1: and you're doing the the table plan yourselves
S2: yeah um i'm doing it in canva i'll send it to you
S1: when can i have it
S2: uh the week before maybe
S1: i'd need it by the twentieth um so we can print the the escort cords @a_plan
S2: the twentieth ok @a_plan2
S1: brilliant um oh the the balance the final balance is due um four weeks before the wedding so that was um the twenty sixth of september has that gone
S3: that went last week i paid it on friday @done_bal
S1: perfect i'll i'll check with accounts but that sounds right @a_bal
S1: ok i think that's it lovely to speak to you both um i'll see you at the the walk through um that's the twentieth at eleven here at the barn @nm
S2: yes the twentieth amazing thank you
S3: thanks becky thanks ollie
'''
DECISIONS=[
 {"text":"Speeches will be before the wedding breakfast.","ev":["d_speeches"]},
]
ACTIONS=[
 {"task":"Give the venue the final guest numbers","owner":None,"department":"Couple","due_rule":"md:10-14","due_text":"ten days before, by the fourteenth","deliverable":"Final numbers","ev":["a_numbers","a_numbers2"],"note":"Both bride and groom; 'we'll have it by then'"},
 {"task":"Get Ollie the number of guests needing the Jain menu (no onion, garlic or root veg)","owner":"Rohan Menon","due_rule":"this:fri","due_text":"by friday","deliverable":"Jain meal numbers","ev":["a_jain","a_jain2"]},
 {"task":"Send Becky the table plan","owner":"Ashley Carter","due_rule":"md:10-20","due_text":"the week before maybe – need it by the twentieth","deliverable":"Table plan","ev":["a_plan","a_plan2"]},
 {"task":"Check with accounts that the final balance has been received","owner":"Becky Saunders","due_rule":None,"due_text":None,"deliverable":None,"ev":["a_bal"]},
]
NEXT={"date_rule":"md:10-20","time":"11:00","ev":["nm"],"text":"Walk-through at the barn"}
NOT_ACTIONS=[
 {"ev":["spark1","spark2"],"why":"Sparkler exit asked for and refused (venue insurance)","kind":"rejected"},
 {"ev":["rain"],"why":"Wet-weather move to the east barn is a conditional call on the day","kind":"hypothetical"},
 {"ev":["done_bal"],"why":"Final balance already paid on Friday","kind":"completed"},
]
EXTRA={"note":"Raw ASR style. The wedding date is not stated (final numbers 'ten days before, the fourteenth', so 24 October). Cake delivery at twelve and the coordinator receiving it is day-of logistics, not recorded."}
