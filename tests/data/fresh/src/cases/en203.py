STEM='f_en203_ngo_grant_application_asr'
LANG='en'
MEETING={"title":"Calder Foundation grant application – working session","date":"2025-11-04","start":"16:00","end":"17:00",
 "location":"Zoom","host":"Marcus Webb","recorder":"Grace Liu",
 "attendees":[{"name":"Marcus Webb","department":"Executive Office","title":"Executive Director"},
  {"name":"Leila Moreno","department":"Programs","title":"Program Director"},
  {"name":"Femi Adeyemi","department":"Finance","title":"Finance Manager"},
  {"name":"Grace Liu","department":"Development","title":"Grants Officer"},
  {"name":"Tomasz Nowak","department":"Monitoring & Evaluation","title":"M&E Officer"},
  {"name":"Ruth Ellison","department":"Board of Directors","title":"Treasurer"}],
 "agenda":["Ask amount","Funding track","Narrative, budget and logic model","Letters of support","Internal timeline"],
 "consent":{"confirmed":True,"method":"Zoom recording notice; all agreed","by":"Grace Liu"}}
SPEAKERS={"S1":"Marcus Webb","S2":"Grace Liu","S3":"Leila Moreno","S4":"Femi Adeyemi","S5":"Tomasz Nowak","S6":"Ruth Ellison"}
LINES='''
S1: okay i think we're all here um grace is recording so uh let's just go the calder grand the dead line is friday the twenty first right grace
S2: yes november twenty first five p m eastern it's portal only they don't take email submissions
S1: okay so first thing the ask amount um leila you had two fifty in the concept note
S3: yeah two hundred fifty thousand over two years that covers the two attorneys and the intake coordinator and you know the interpreter budget which honestly is the thing that's killing us right now
S6: can i jump in so i looked at their guidelines again and anything over two hundred k needs a one to one match from other sources and we do not have a hundred and twenty five thousand in match lying around i mean come on
S4: we have the state contract but that's restricted it can't count as match
S6: exactly so do we really wanna be the org that asks for a quarter million and then can't show the match @rhet
S1: right so what's the number
S4: if we go two twenty the match is only on the amount over two hundred so it's twenty k and the united way money covers that easy @ask0
S1: okay so two twenty over two years that's the ask everyone okay with that yeah okay two twenty @d_ask
S3: fine i'll trim the interpreter line a bit @a_trim
S1: second thing which track direct services or the uh systems change track
S5: um the systems change track scores higher on the rubik but they want like policy outcomes and we don't really measure those we'd be making stuff up basically
S3: i'd rather go direct services that's what we actually do
S1: yeah direct services track agreed @d_track
S3: and um i wanted to also put the westbrook site in like the new clinic at the library we're opening in the spring @west1
S1: i'd leave westbrook out honestly it's not open yet we don't have numbers let's park it for the next cycle @west2
S3: okay fair
S1: so the narrator of layla that's you @a_narr0
S3: yep i'll have the program narrative draft by next wednesday and uh i'll share it in the drive @a_narr
S1: good tomasz the logic model @a_logic0
S5: logic model and the indicators table i can do this friday i mostly have it from the state report um i just need to add the interpreter hours indicator @a_logic
S1: great femi budget @a_budget0
S4: budge it and the budget justification uh i'm thinking monday the seventeenth @a_budget1
S1: that's too late for me to review i want everything by friday the fourteenth can you do the fourteenth @a_budget2
S4: uh yeah okay fourteenth fine @a_budget3
S1: and that's the internal dead line for everything guys full draft to me on the fourteenth so i get the weekend to read it @d_internal
S2: and the audit the audited financials they ask for the last audit letter
S4: that's done i uploaded the f y twenty four audit and the nine ninety to the portal last week already @done_audit
S2: oh great thanks
S1: letters of support grace @a_letters0
S2: yeah so they want at least three partner letters i was thinking the public defender's office the community college and st anne's clinic i'll reach out to all three and get the signed letters by the seventeenth @a_letters
S6: i can get one from counsel member or tease too she's been really supportive i'll ask her @a_ortiz
S1: that'd be great ruth when @a_ortiz1
S6: i'll ask this week but you know her office is slow so no promises on when @a_ortiz2
S2: oh and um the video we were gonna do the two minute video with the client stories @video1
S1: yeah grace can you scope that @video1b
S2: wait actually scratch that i just checked they don't accept video attachments anymore since last year it's text only @video2
S1: okay no video then that saves us a headache
S5: what if they come back and ask for a site visit they did that with the food bank last year @visit1
S1: we'll cross that bridge if they ask we'll host them obviously but not planning for it now @visit2
S1: okay so grace you're submitting @a_submit0
S2: yes i'll submit through the portal on the twentieth the day before so we're not fighting the portal at four fifty nine @a_submit
S1: perfect okay um so recap ask is two twenty over two years direct services track westbrook out and drafts to me by the fourteenth
S1: let's meet again same time next tuesday @nm1
S3: marcus next tuesday is veterans day the office is closed
S1: oh right okay wednesday then the twelfth same time for o'clock @nm2
'''
DECISIONS=[
 {"text":"Ask the Calder Foundation for USD 220,000 over two years (not 250,000, to keep the match requirement to USD 20,000).","ev":["ask0","d_ask"]},
 {"text":"Apply under the direct services track rather than the systems change track.","ev":["d_track"]},
 {"text":"The Westbrook site is left out of this application and parked for the next cycle.","ev":["west2"]},
 {"text":"Internal deadline: the full draft (narrative, budget, logic model) goes to Marcus by 14 November.","ev":["d_internal"]},
]
ACTIONS=[
 {"task":"Trim the interpreter budget line to fit the USD 220,000 ask","owner":"Leila Moreno","due_rule":None,"due_text":None,"deliverable":None,"ev":["a_trim"]},
 {"task":"Write the program narrative draft and share it in the drive","owner":"Leila Moreno","due_rule":"next:wed","due_text":"next wednesday","deliverable":"Program narrative draft","ev":["a_narr0","a_narr"]},
 {"task":"Complete the logic model and indicators table, adding an interpreter hours indicator","owner":"Tomasz Nowak","due_rule":"this:fri","due_text":"this friday","deliverable":"Logic model and indicators table","ev":["a_logic0","a_logic"]},
 {"task":"Prepare the budget and budget justification","owner":"Femi Adeyemi","due_rule":"md:11-14","due_text":"monday the seventeenth -> friday the fourteenth","deliverable":"Budget and budget justification","ev":["a_budget0","a_budget1","a_budget2","a_budget3"],"note":"Femi proposed the 17th; Marcus corrected to the 14th"},
 {"task":"Obtain signed letters of support from the public defender's office, the community college and St Anne's clinic","owner":"Grace Liu","due_rule":"next_dom:17","due_text":"by the seventeenth","deliverable":"Three partner letters","ev":["a_letters0","a_letters"]},
 {"task":"Ask Council Member Ortiz for a letter of support","owner":"Ruth Ellison","due_rule":None,"due_text":"i'll ask this week but no promises on when","deliverable":"Council member letter","ev":["a_ortiz","a_ortiz1","a_ortiz2"],"note":"Only the asking is 'this week'; no deadline for the letter"},
 {"task":"Submit the application through the Calder portal","owner":"Grace Liu","due_rule":"md:11-20","due_text":"on the twentieth, the day before","deliverable":"Submitted application","ev":["a_submit0","a_submit"]},
]
NEXT={"date_rule":"next:wed","time":"16:00","ev":["nm1","nm2"],"text":"Same time next Tuesday, moved to Wednesday 12 November (Veterans Day)"}
NOT_ACTIONS=[
 {"ev":["rhet"],"why":"Rhetorical question about the match","kind":"rhetorical"},
 {"ev":["west1"],"why":"Including the Westbrook site was parked","kind":"rejected"},
 {"ev":["done_audit"],"why":"Audit and 990 already uploaded","kind":"completed"},
 {"ev":["video1","video1b","video2"],"why":"Client-story video cancelled (funder no longer accepts video)","kind":"cancelled"},
 {"ev":["visit1","visit2"],"why":"Possible site visit is hypothetical","kind":"hypothetical"},
]
EXTRA={"note":"Raw speech recognition: no punctuation or capitals; 'grand' = grant, 'dead line' = deadline, 'narrator of' = narrative, 'layla' = Leila, 'budge it' = budget, 'rubik' = rubric, 'counsel member or tease' = Council Member Ortiz, 'for o'clock' = four o'clock"}
