STEM='f_en308_research_group_asr'
LANG='en'
MEETING={"title":"Vasquez Lab – weekly group meeting","date":"2026-02-27","start":"10:00","end":"11:00",
 "location":"Chemistry Building, Room 2.14","host":"Elena Vasquez","recorder":"Joy Kim",
 "attendees":[{"name":"Elena Vasquez","department":"School of Chemistry","title":"Professor (PI)"},
  {"name":"Ben Achebe","department":"School of Chemistry","title":"Postdoctoral Researcher"},
  {"name":"Rosa Lindgren","department":"School of Chemistry","title":"PhD Student"},
  {"name":"Tariq Hussein","department":"School of Chemistry","title":"PhD Student"},
  {"name":"Joy Kim","department":"Research Support Office","title":"Lab Manager"}],
 "agenda":["Paper revision (reviewer comments)","Conference abstract","Cluster allocation","Lab housekeeping"],
 "consent":{"confirmed":True,"method":"Automatic transcription of the room mic, agreed by the group","by":"Joy Kim"}}
SPEAKERS={"S1":"Elena Vasquez","S2":"Ben Achebe","S3":"Rosa Lindgren","S4":"Tariq Hussein","S5":"Joy Kim"}
LINES='''
S1: okay so um let's start the the reviews came back for the for the m o f paper ben you've seen them
S2: yeah so it's major revisions um reviewer one is happy basically reviewer two wants uh wants more stability data and reviewer three is is the long one
S1: reviewer three is always the long one
S2: yeah um so reviewer three wants uh the humidity cycling experiment like a hundred cycles at at ninety percent r h and they want a comparison with with uio sixty six
S1: a hundred cycles that's that's weeks
S3: it's like five weeks on the the chamber if nothing breaks and the chamber is booked by the the pharmacy group until the middle of march
S1: and when's the resubmission due
S2: twelfth of march they gave us the usual what is it two weeks
S1: so we we can't do the hundred cycles there's no way
S2: no
S1: okay so we don't do the the cycling experiment we argue it in the rebuttal we have the thirty cycle data that's that's enough for the claim we're making and we soften the claim a bit in the discussion @d_nocycle
S2: agreed i i think that's fine the claim is only about um short-term stability anyway
S1: and the uio comparison we can do that from the literature right there's data
S4: there's the there's the two thousand twenty two paper from the the lee group they did exactly the same conditions
S1: great so ben you draft the response letter @a_resp0
S2: yeah i'll do the response to reviewers um i'll have a draft to you by uh by wednesday @a_resp
S1: wednesday the fourth
S2: the fourth yeah
S1: and rosa can you redo figure three with the the extra stability data the the thirty cycle stuff so it's in the main text not the s i @a_fig0
S3: yes um i'll send it to ben by monday so it goes in the draft @a_fig
S1: and tariq could you um could you read the the whole thing once before it goes out fresh eyes @r_tariq
S4: honestly elena i'd love to but my thesis chapter's due to my committee on the ninth and i'm i'm drowning @r_tariq2
S1: no no that's fine that's fine focus on the chapter
S5: i can ask dev from the the carter group he offered last time @r_dev1
S1: um no let's keep it in the group i'll read it myself after ben's draft @a_read
S1: okay second thing the the conference the m r s fall meeting abstract
S3: the deadline is the the fifth midnight eastern
S1: which is um that's like five a m our time on the sixth
S3: yeah
S1: so what are we submitting i was thinking the the m o f work but it's it's under review
S2: that's fine for m r s they don't care about prior submission for an abstract
S1: okay then rosa you present it if it gets in it's your work mostly @d_rosa
S3: oh okay wow yeah okay
S1: so rosa you write the abstract two hundred and fifty words and i want to see it by by tuesday so i have time to time to edit @a_abs
S3: tuesday the third yeah okay @a_abs2
S4: should i submit something too like a poster
S1: do you have results by the summer
S4: probably not publishable ones
S1: then skip it this year you'll have the whole thesis next year @poster
S1: okay cluster joy
S5: so um the the allocation on archer the the g p u allocation ends on the thirty first of march and the renewal form is due the um the fifteenth of march
S1: how much did we use
S5: about eighty percent of the hours most of it tariq's
S4: yeah my md runs sorry
S1: no that's what it's for so joy can you do the renewal form same hours or more
S4: more more please @more1
S1: okay ask for fifty percent more tariq you write me a paragraph on what you'll run and and joy puts it in the form @d_more
S4: i'll send the paragraph to joy by um next friday @a_para
S5: next friday is the sixth that's fine i'll submit the form by the the twelfth before the deadline @a_renew
S1: perfect
S5: and the housekeeping um the the solvent cabinet in in 2.10 we had the safety inspection and there were three unlabelled bottles
S1: whose
S3: not mine
S4: not mine
S2: um some might be mine honestly
S1: ben
S2: okay i'll i'll sort them out today label or bin @a_bottles
S5: and the the fire training everyone's overdue except rosa
S1: everyone does the the online fire training by the end of march please including me @a_fire
S5: i'll send the link again @a_firelink
S1: okay um anything else no okay so next friday same time
S5: you're in you're in lisbon next friday
S1: oh god yes okay so the friday after that then the thirteenth @nm
S1: that's it thanks everyone
'''
DECISIONS=[
 {"text":"The 100-cycle humidity experiment requested by reviewer 3 will not be done; it is argued in the rebuttal using the 30-cycle data, and the stability claim is softened in the discussion.","ev":["d_nocycle"]},
 {"text":"The MOF work is submitted as an abstract to the MRS Fall Meeting, presented by Rosa if accepted.","ev":["d_rosa"]},
 {"text":"No poster submission from Tariq this year.","ev":["poster"]},
 {"text":"The ARCHER GPU renewal asks for 50% more hours.","ev":["d_more"]},
]
ACTIONS=[
 {"task":"Draft the response to reviewers for the MOF paper","owner":"Ben Achebe","due_rule":"next:wed","due_text":"by wednesday / wednesday the fourth","deliverable":"Response letter draft","ev":["a_resp0","a_resp"]},
 {"task":"Redo figure 3 with the 30-cycle stability data in the main text and send it to Ben","owner":"Rosa Lindgren","due_rule":"next:mon","due_text":"by monday","deliverable":"Revised figure 3","ev":["a_fig0","a_fig"]},
 {"task":"Read the full revised manuscript after Ben's draft","owner":"Elena Vasquez","due_rule":None,"due_text":"after ben's draft","deliverable":None,"ev":["a_read"],"note":"Replaces the declined ask to Tariq and the rejected offer of an outside reader"},
 {"task":"Write the 250-word MRS Fall Meeting abstract","owner":"Rosa Lindgren","due_rule":"next:tue","due_text":"by tuesday / tuesday the third","deliverable":"Abstract draft","ev":["a_abs","a_abs2"]},
 {"task":"Send Joy a paragraph describing the planned GPU runs for the renewal","owner":"Tariq Hussein","due_rule":"next:fri","due_text":"by next friday (the sixth)","deliverable":"Paragraph for the renewal form","ev":["a_para"]},
 {"task":"Submit the ARCHER GPU allocation renewal form","owner":"Joy Kim","due_rule":"md:03-12","due_text":"by the twelfth, before the deadline (the fifteenth)","deliverable":"Submitted renewal form","ev":["a_renew"]},
 {"task":"Label or dispose of the unlabelled bottles in the room 2.10 solvent cabinet","owner":"Ben Achebe","due_rule":"today","due_text":"today","deliverable":None,"ev":["a_bottles"]},
 {"task":"Complete the online fire training","owner":None,"department":"School of Chemistry","due_rule":"next_month_end","due_text":"by the end of march","deliverable":None,"ev":["a_fire"],"note":"Everyone in the group (except Rosa, already done); no single owner"},
 {"task":"Resend the fire training link","owner":"Joy Kim","due_rule":None,"due_text":None,"deliverable":None,"ev":["a_firelink"]},
]
NEXT={"date_rule":"next2:fri","time":"10:00","ev":["nm"],"text":"Next Friday moved to the Friday after (13 March), same time, as Elena is in Lisbon"}
NOT_ACTIONS=[
 {"ev":["r_tariq","r_tariq2"],"why":"Ask for Tariq to read the manuscript; declined (thesis chapter due)","kind":"declined"},
 {"ev":["r_dev1"],"why":"Offer to ask an outside reader; rejected","kind":"rejected"},
]
EXTRA={"note":"Raw speech recognition: lower case, no punctuation, fillers, repetitions; 'm o f' = MOF, 'uio sixty six' = UiO-66, 'r h' = relative humidity, 's i' = SI, 'm r s' = MRS, 'g p u' = GPU. Meeting on Friday 27 February; 'the fourth' = Wednesday 4 March. Fire training is a group duty (owner null)."}
