STEM='f_en516_local_radio_station'
LANG='en'
MEETING={"title":"Programming meeting","date":"2026-09-25","start":"11:00","end":"11:40",
 "location":"Corrib Community Radio, the kitchen beside Studio 2",
 "host":"Niamh Gallagher","recorder":"Aoife Keane",
 "attendees":[
  {"name":"Niamh Gallagher","department":"Management","title":"Station Manager"},
  {"name":"Declan Byrne","department":"Programming","title":"Programme Coordinator"},
  {"name":"Aoife Keane","department":"Volunteers","title":"Volunteer Coordinator"},
  {"name":"Padraig Hennessy","department":"Technical","title":"Technical Lead"},
  {"name":"Funmi Adebayo","department":"Presenters","title":"Presenter and Social Media Volunteer"}],
 "agenda":["Autumn schedule","Speech content return","Studio 2 desk","Halloween","New volunteers","Radiothon"],
 "consent":{"confirmed":True,"method":"Aoife asked before starting; everyone agreed, recording kept for the notes","by":"Aoife Keane"}}
SPEAKERS={"S1":"Niamh Gallagher","S2":"Declan Byrne","S3":"Aoife Keane","S4":"Padraig Hennessy","S5":"Funmi Adebayo"}
LINES='''
S1: Right, will we start? Podge, put the kettle down, you can listen while it boils.
S4: I'm listening, I'm listening.
S3: I've the phone recording, just for my notes, is that alright with everyone?
S2: Grand.
S5: Fine, yeah.
S1: Grand. Declan, the schedule, go on.
S2: So the big change for the autumn. Maidin Mhaith, Saoirse's Irish language show, she's ready to go. The pilot was lovely. I want to give her Saturday nine to ten.
S1: And what comes out?
S2: The repeat of the Tuesday farming show. Which, with respect to Mattie, nobody's listening to at nine on a Saturday, he's even said it himself.
S4: Mattie listens to it.
S2: Mattie's the only one.
S1: Okay, I'm happy with that. Saturday nine to ten goes to Maidin Mhaith, starting the third of October, and the farming repeat moves to Sunday at seven. Anyone against? No? Done. @d_sched
S5: Ah, that's brilliant, she'll be thrilled.
S1: Who's changing the schedule on the website? @a_web0
S5: I'll do it. I'll do the website and the socials on Monday, with a photo of her if she'll let me. @a_web
S1: Lovely. Declan, the Coimisiún return.
S2: Yeah, the speech content return. It's due on Wednesday the thirtieth. I have most of the logs, I'm just missing the last three weeks from the Thursday lads.
S1: Will you get it done in time? @a_ret0
S2: I'll get it in Tuesday to be safe, I don't want to be doing it the morning it's due. @a_ret
S3: If the Coimisiún ever actually sat down and listened to the Sunday night show we'd lose the licence, so we would. @x_hyp
S4: Sure that's the best show we have.
S1: Ha. Moving on. Podge, the desk.
S4: Right, Studio 2. Channel four is crackling again, and channel six is dead altogether. I've cleaned the faders, I've tried everything, it's the board itself, it's twenty years old.
S1: Can it be fixed or do we need a new one?
S4: There's a lad in Athlone who does the repairs, he did the one for Midlands Radio. I'll get a quote off him for fixing it and a price for a second-hand one, and I'll have both by Thursday. @a_desk
S1: Thursday's fine. Don't agree anything without me, now. @a_desk2
S4: I won't.
S4: Oh and Studio 1, the mic on the guest side, I swapped it out on Tuesday. That's sorted, it was the cable. @x_mic
S2: Thank God, that was driving me mad.
S1: Halloween. We have to decide about the parade. The committee's asked us again to do an outside broadcast from the Spanish Arch.
S4: Niamh, I'll be honest. We haven't the kit. The OB unit's in bits since the storm, the insurance on it lapsed, and I'd need four volunteers out in the rain for five hours.
S3: And I don't have four volunteers for the rain. I barely have four for the dry.
S1: Okay. So we're not doing the OB this year. We'll do a Halloween special from the studio instead. @d_oob
S1: I'll tell the committee myself, they'll be disappointed but they'll live. @a_comm
S2: Fair enough. Sure, we can do phone-ins from the parade.
S1: Aoife, new volunteers.
S3: So six signed up at the TU open day. Two want to present, three want to do production, and one just wants to do anything, God love him.
S1: When's the training? @a_train0
S3: I'll do the induction and the desk training Saturday week, in the afternoon after Saoirse's first show, so they can see a live one. @a_train
S1: Perfect.
S5: Can I just say, while we're on the schedule. I'd love a second slot for my show. Sunday evenings, maybe, there's a whole crowd asking for more Afrobeats.
S2: I'd love to give it to you, Funmi. I just have no room till the winter schedule.
S1: Let's look at that for the winter schedule in January, Funmi, I promise it's on the list. @x_sun
S5: I'll remind you.
S1: You will, I know. Last thing, the radiothon in November. I'm going to ring the credit union myself about sponsoring it again. They were good to us last year. @a_cu
S2: Are we doing the same format? Twelve hours?
S1: Let's talk about it next time, I haven't the energy today. @x_fmt
S1: Right. Next meeting, I don't know what week suits, half of ye are off at the marathon. We'll sort a date on the WhatsApp. @nm
S3: Grand, I'll put up a poll on it. @a_poll
S4: Kettle's boiled.
S1: Thank God for that.
'''
DECISIONS=[
 {"text":"Maidin Mhaith (Irish language show) gets Saturday 9-10 from 3 October; the farming show repeat moves to Sunday at 7","ev":["d_sched"]},
 {"text":"No Halloween outside broadcast this year; a studio-based Halloween special instead","ev":["d_oob"]},
]
ACTIONS=[
 {"task":"Update the schedule on the website and social media for the Maidin Mhaith slot","owner":"Funmi Adebayo","due_rule":"next:mon","due_text":"on Monday","deliverable":"Updated web schedule and social posts","ev":["a_web0","a_web"]},
 {"task":"Submit the speech content return to Coimisiún na Meán","owner":"Declan Byrne","due_rule":"next:tue","due_text":"Tuesday to be safe (due Wednesday the thirtieth)","deliverable":"Speech content return","ev":["a_ret0","a_ret"]},
 {"task":"Get a repair quote and a second-hand price for the Studio 2 mixing desk","owner":"Padraig Hennessy","due_rule":"next:thu","due_text":"by Thursday","deliverable":"Repair quote and replacement price","ev":["a_desk","a_desk2"]},
 {"task":"Tell the parade committee there will be no outside broadcast","owner":"Niamh Gallagher","due_rule":None,"due_text":None,"ev":["a_comm"]},
 {"task":"Run the induction and desk training for the six new volunteers","owner":"Aoife Keane","due_rule":"iso:2026-10-03","due_text":"Saturday week, in the afternoon","deliverable":"Volunteer induction session","ev":["a_train0","a_train"]},
 {"task":"Put up a poll on the WhatsApp group to pick the next meeting date","owner":"Aoife Keane","due_rule":None,"due_text":None,"deliverable":"WhatsApp poll","ev":["a_poll"]},
 {"task":"Ring the credit union about sponsoring the November radiothon","owner":"Niamh Gallagher","due_rule":None,"due_text":None,"ev":["a_cu"]},
]
NEXT={"date_rule":None,"time":None,"ev":["nm"],"text":"Date to be agreed on the WhatsApp group"}
NOT_ACTIONS=[
 {"ev":["x_hyp"],"why":"Joke hypothetical about the regulator listening to the Sunday night show","kind":"hypothetical"},
 {"ev":["x_mic"],"why":"Studio 1 guest mic already swapped on Tuesday","kind":"completed"},
 {"ev":["x_sun"],"why":"Funmi's request for a second (Sunday) slot deferred to the January winter schedule","kind":"deferred"},
 {"ev":["x_fmt"],"why":"Radiothon format left for next time","kind":"deferred"},
]
EXTRA={"note":"No next meeting date: to be agreed on WhatsApp. 'Saturday week' said on Friday 25 September = Saturday 3 October. Return due Wednesday 30th but Declan commits to Tuesday."}
