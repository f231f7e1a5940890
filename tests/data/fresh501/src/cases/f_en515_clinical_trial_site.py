STEM='f_en515_clinical_trial_site'
LANG='en'
MEETING={"title":"HALCYON-HF site study team meeting","date":"2026-11-09","start":"13:00","end":"14:15",
 "location":"St Aldhelm's University Hospital, Clinical Research Facility seminar room",
 "host":"Folake Adeyemi","recorder":"Beth Corrigan",
 "attendees":[
  {"name":"Folake Adeyemi","department":"Cardiology","title":"Principal Investigator"},
  {"name":"Tom Ashcroft","department":"Cardiology","title":"Sub-Investigator"},
  {"name":"Chidi Okonkwo","department":"Research Nursing","title":"Lead Research Nurse"},
  {"name":"Hannah Price","department":"Research Nursing","title":"Research Nurse"},
  {"name":"Sunil Varma","department":"Pharmacy","title":"Clinical Trials Pharmacist"},
  {"name":"Beth Corrigan","department":"R&D Office","title":"Data Manager"},
  {"name":"Kate Morrow","department":"R&D Office","title":"Research Governance Manager"}],
 "agenda":["Monitoring visit and data queries","Protocol amendment 4 and re-consent","Recruitment","SAE reporting for participant 014","IMP temperature excursion","Delegation log and training","Christmas cover"],
 "consent":{"confirmed":True,"method":"PI asked at the start; all present and the sponsor CRA on the phone agreed. No participant identifiers beyond study numbers to be used","by":"Beth Corrigan"}}
SPEAKERS={"S1":"Folake Adeyemi","S2":"Tom Ashcroft","S3":"Chidi Okonkwo","S4":"Hannah Price","S5":"Sunil Varma","S6":"Beth Corrigan","S7":"Kate Morrow","S8":None}
LINES='''
S1: Okay, good afternoon everyone. Let's start, I know Tom has clinic at half two.
S2: Quarter to three, but yes.
S6: Sorry, the room's double-booked again, the physio team think they have it at two.
S1: They can have it at quarter past two. We'll be finished by then, they can wait.
S6: I've told them. They weren't thrilled.
S1: Beth is recording for the minutes. Please, study numbers only, no names, as usual. Is everybody fine with the recording?
S3: Fine.
S4: Yes.
S1: And we have the CRA from Vantrel on the phone for the first part. Can you hear us?
S8: Yes, loud and clear, thank you. And yes, I'm fine with the recording.
S1: Thank you for joining. Let's take the monitoring visit first so you can go.
S8: Thanks. So the next on-site visit is confirmed for Thursday the third of December. I'll want to do source data verification on six participants, I'll send the list a week before, and look at pharmacy and the investigator site file.
S8: The main thing I have to flag is the query backlog. On my side I'm seeing a hundred and forty-three open queries in the EDC. Some of them are more than sixty days old, and the sponsor is starting to ask about it.
S6: Yeah. That's fair. About ninety of those are the vital signs ones from when the units changed in the system, they're quick, they're just tedious. The rest are a mix.
S1: Beth, I don't want her walking into a hundred and forty queries. What can we realistically do? @a_q0
S6: I can get them cleared before the visit. Everything that's a data entry issue, definitely. Anything that needs a doctor to look at I'll flag separately. @a_q1
S1: Good. Before the third then. That's the priority. @a_q2
S8: That would really help. Thank you.
S1: Next, the amendment. Kate?
S7: So protocol amendment four, with the new version five consent form. We submitted it in September. I know we've all been waiting on it.
S1: Yes, and my feeling is, until it's approved, we shouldn't be consenting new people on the old form and then having to re-consent them a month later. So we pause recruitment until it comes through. @x_pause1
S3: I agree with that. Less confusion for the patients.
S1: Okay, so we pause for now. @x_pause2
S7: Er, Folake, sorry, I should have said this first. It came through on Friday. HRA and REC approval, both. I sent it round at about five o'clock on Friday, it's probably buried in your inbox.
S1: Oh! Friday. I didn't see it. Okay, then forget what I just said. We don't pause, we carry on recruiting, on version five from today. @d_recruit
S3: Good news, actually.
S8: And I can confirm the sponsor has local approval on their side too, so you're clear to implement.
S1: So, re-consent. How many of our current participants need to sign version five?
S4: All of the active ones, so fifteen minus the two who completed. Thirteen.
S2: Do we bring them in specially? Some of them are eighty-plus, they come in by hospital transport.
S3: I don't think we should. They all have scheduled visits in the next eight weeks. We do it at the next visit. The changes are mainly the extra blood sample and the data sharing wording, nothing that affects safety right now.
S1: I agree. Re-consent at the next scheduled visit, no special trips. Kate, you're happy with that from a governance side? @d_reconsent1
S7: Yes, as long as it's before any of the new procedures are done on them. @d_reconsent2
S1: Good. Hannah, can you put together a list of who needs re-consenting and when their next visits are? @a_track0
S4: Yes. I'll do it by Wednesday. @a_track
S1: Thank you.
S3: Do we have the printed version five packs?
S8: Not yet, that's on us. The sponsor prints them with the study branding. You'll have them by the sixteenth at the latest. @a_icf
S3: Okay, so in the meantime we can't actually re-consent anyone.
S8: In the meantime you could print from the approved PDF, that's allowed, but the packs will be nicer for the patients.
S2: Quick question, and maybe this isn't for you. Will the sponsor pay for the extra time on the re-consent? Because that's twenty, thirty minutes per patient of nurse time. @x_pay
S8: Honestly, that's a question for the contracts team, not me. I'd hate to guess.
S2: Okay.
S1: Thank you very much for joining. We'll see you on the third.
S8: Thank you, bye everyone.
S1: Right. So now it's just us. Recruitment. Chidi.
S3: So. Target for our site is twenty-four. We have fifteen randomised, and nine months left on the recruitment window. Screen failures are the problem. We've screened forty-one people. Most of the failures are kidney function, the eGFR cut-off.
S2: That cut-off is brutal in our population. Half of our heart failure patients are older and have CKD. It's not a surprise.
S6: For the record, of the forty-one screened, twenty-six failed on eGFR, four on potassium, and the rest were consent or other reasons.
S1: Twenty-six. That's more than half.
S2: Could we ask the sponsor to bring the eGFR cut-off down? Twenty-five instead of thirty?
S1: It's a protocol-wide criterion, Tom. They won't change it for one site.
S3: The CRA said last month the other UK sites are seeing about the same.
S2: Then maybe they'll change it for everybody. One day.
S1: So either we screen more people or we find a different population.
S2: Can I suggest something? Brookfield Community Hospital runs a heart failure clinic on Thursdays. It's a slightly younger group, lots of the newly diagnosed ones get sent there first. If we screened there as well, I think we'd find people.
S3: We'd need a nurse to go out on Thursdays.
S4: I could do Thursdays. I used to work at Brookfield.
S1: Okay. I like it. Let's extend screening to the Brookfield Thursday clinic. Is anyone against? No. @d_brook
S1: I'll speak to Dr Ibekwe, she runs that clinic, I trained with her. @a_ibekwe
S7: Nothing formal needed for that, it's not a new site, it's still our trust. I already mentioned it to the CRA last week, she was fine with it.
S4: For Brookfield, do I need an honorary contract there, or does my badge cover me?
S7: Same trust, your badge covers you. You'll just need their local clinic induction.
S4: I did that when I worked there. It should still be on the system.
S1: Thank you, Kate.
S3: I also want to say, if we don't get to at least twenty by March, the sponsor might cap us and move our numbers to other sites. That's happened on other studies. @x_cap
S1: It won't get to that. Please, let us not frighten ourselves.
S2: It might, though.
S1: Tom.
S2: I'm just saying.
S1: Okay. Next one. The SAE. Chidi, please summarise for everyone.
S3: So, participant zero one four. He was admitted to the Royal County with pneumonia on the twenty-sixth of October. We only found out on the thirtieth, because his daughter phoned to cancel his visit. So we were outside the twenty-four hour window by about three days.
S3: It has been reported now. I did the SAE form the same day we found out, and the deviation form went in on the second. It's done. @x_sae
S1: Thank you. But the question is how we stop it happening again.
S6: It's always the other hospitals. If they come in here, we see it on the system. If they go to the Royal County we're blind.
S4: They all have the alert card. He just didn't show it, and he was quite poorly.
S2: What about the regional admissions feed? The one the heart failure nurses use. It shows admissions across the whole region if they're on our caseload.
S3: We can do that, no wahala. The duty research nurse checks it every morning for all our trial participants, takes five minutes.
S1: Okay. That's what we'll do. Daily check of the regional admissions feed by whoever is the duty research nurse, every working day. @d_feed
S3: I'll brief the nurses at the huddle tomorrow morning and put it on the daily task sheet. @a_brief
S1: Thank you. Sunil, pharmacy.
S5: Okay. So on Saturday, the trial fridge in the dispensary went up to nine point one degrees for about three hours. The alarm went off, the on-call tech moved everything to the backup fridge, but it was out of range, two to eight, for roughly three hours.
S2: Which kits?
S5: Twelve kits of study drug. All in date. We don't know yet if they're usable. Stability data says they're probably fine but it's the sponsor's call, not ours.
S1: Then they're quarantined. Nobody dispenses from those twelve until the sponsor says so. @d_quar1
S5: Already labelled and separated. Yes. @d_quar2
S1: And the report to the sponsor?
S5: I'll send the excursion report and the temperature log today, to their IMP mailbox. They usually come back within two working days. @a_exc
S3: Do we have enough stock otherwise? We have two dispensing visits this week.
S5: We have eight good kits. That's enough for this week. If they say no to the twelve, I'll need a resupply order, but let's see.
S5: Honestly, that fridge is old. What I'd really like is a new one with a remote alarm that texts the on-call pharmacist. This is the second time this year.
S7: That's capital money, Sunil. It needs a business case.
S1: Let's take the fridge to the R&D capital round in January. Not today. @x_fridge
S5: Okay. I'll hold you to January.
S3: Sunil, on Saturday, who actually moved the kits?
S5: The on-call tech. He did everything right, photos of the display, logged the times. Textbook, honestly.
S1: Please thank him from all of us.
S5: I already did. I bought him a coffee.
S1: Ha. Good. Training and the delegation log. Chidi?
S3: Two new people. Hannah has started on the study properly now, and the new clinical fellow, Dr Nwachukwu, is going to help Tom with the consenting. Neither of them is on the delegation log yet, and the CRA will check.
S1: She will check. Chidi, can you update the log for both of them? And I'll sign it. @a_dlog0
S3: Yes, by Friday. I'll bring it to you to sign. @a_dlog
S1: Thank you. And GCP certificates, Beth?
S6: Everyone's in date except, er, Tom. Yours expires on the thirtieth.
S2: Does it? Oh, for goodness' sake. Fine, I'll do the refresher by the end of the month. It's the online one, isn't it? @a_gcp
S6: The online one, two hours or so.
S2: Two hours. Fine. I'll do it on a night shift.
S1: Please don't do GCP training on a night shift, Tom.
S2: Joking. Mostly.
S6: And while we're on training, the new EDC version goes live on the first. There's a short e-learning, but it's optional if you don't enter data.
S2: Optional. My favourite word.
S1: Before Christmas, one more thing. Participant zero zero nine. Hannah, you saw him last week?
S4: Yes. He's had enough of the tablets, the dizziness, and he wants to stop. But he's happy to keep coming for the follow-up visits and the phone calls.
S2: So that's treatment discontinuation, not withdrawal of consent. We have to record it right, otherwise we lose his follow-up data.
S4: That's how I recorded it. The discontinuation form is done, I did it on Thursday, and I told pharmacy to stop dispensing.
S5: Yes, I got the email. His unused kits have come back to pharmacy.
S1: And the dizziness, is that reported as an adverse event?
S4: Yes, it's in as a non-serious AE, possibly related.
S1: Thank you, Hannah. That's well handled.
S1: Okay. Last thing. Christmas. Chidi, can you do the cover rota for the Christmas and New Year period? We have participants with visits in that window. @x_rota1
S3: Folake, Hannah took over the rotas in October, remember? I'm not doing them anymore. @x_rota2
S1: Oh yes. Sorry. Hannah? @a_rota0
S4: Yes, that's fine. When do you need it?
S1: I'd like it early. Everybody goes away.
S4: I'll have it out by the first of December, then people can swap if they need to. @a_rota
S1: Perfect. Anything else from anybody?
S6: Just that I'll be out Thursday and Friday next week, so if you need anything in the EDC ask me before then.
S1: Noted. Okay. Next meeting is in two weeks, Monday the twenty-third, same time, one o'clock. Is that okay for everyone? @nm0
S2: I'm on call that day but I can probably come.
S3: Fine. @nm
S1: Okay. Thank you everyone. Good meeting.
'''
DECISIONS=[
 {"text":"Recruitment continues on consent form version 5 from today, as amendment 4 was approved on Friday","ev":["d_recruit"]},
 {"text":"Existing participants re-consented on version 5 at their next scheduled visit, before any new procedures; no special visits","ev":["d_reconsent1","d_reconsent2"]},
 {"text":"Screening extended to the Brookfield Community Hospital Thursday heart failure clinic","ev":["d_brook"]},
 {"text":"Duty research nurse checks the regional admissions feed every working day for trial participants","ev":["d_feed"]},
 {"text":"The twelve study drug kits from the temperature excursion are quarantined until the sponsor's assessment","ev":["d_quar1","d_quar2"]},
]
ACTIONS=[
 {"task":"Clear the EDC query backlog (data-entry queries), flagging those needing a doctor separately","owner":"Beth Corrigan","due_rule":"eve:12-03","due_text":"before the monitoring visit on the third","deliverable":"Query backlog cleared","ev":["a_q0","a_q1","a_q2"]},
 {"task":"List participants needing re-consent on version 5 with their next visit dates","owner":"Hannah Price","due_rule":"this:wed","due_text":"by Wednesday","deliverable":"Re-consent tracker","ev":["a_track0","a_track"]},
 {"task":"Supply printed version 5 consent packs to the site","owner":None,"due_rule":"dom:16","due_text":"by the sixteenth at the latest","deliverable":"Printed ICF v5 packs","ev":["a_icf"]},
 {"task":"Speak to Dr Ibekwe about screening at the Brookfield Thursday clinic","owner":"Folake Adeyemi","due_rule":None,"due_text":None,"ev":["a_ibekwe"]},
 {"task":"Brief research nurses on the daily regional admissions check and add it to the daily task sheet","owner":"Chidi Okonkwo","due_rule":"tomorrow","due_text":"at the huddle tomorrow morning","ev":["a_brief"]},
 {"task":"Send the temperature excursion report and log to the sponsor's IMP mailbox","owner":"Sunil Varma","due_rule":"today","due_text":"today","deliverable":"Excursion report","ev":["a_exc"]},
 {"task":"Add Hannah Price and Dr Nwachukwu to the delegation log and bring it to the PI to sign","owner":"Chidi Okonkwo","due_rule":"this:fri","due_text":"by Friday","deliverable":"Updated delegation log","ev":["a_dlog0","a_dlog"]},
 {"task":"Complete the online GCP refresher before the certificate expires","owner":"Tom Ashcroft","due_rule":"month_end","due_text":"by the end of the month","deliverable":"GCP certificate","ev":["a_gcp"]},
 {"task":"Draw up the Christmas and New Year cover rota","owner":"Hannah Price","due_rule":"next_dom:1","due_text":"by the first of December","deliverable":"Christmas cover rota","ev":["a_rota0","a_rota"]},
]
NEXT={"date_rule":"next2:mon","time":"13:00","ev":["nm0","nm"],"text":"In two weeks, Monday 23rd, one o'clock"}
NOT_ACTIONS=[
 {"ev":["x_pause1","x_pause2"],"why":"Pause on recruitment agreed, then reversed once it emerged the amendment had been approved","kind":"superseded","target":"decision"},
 {"ev":["x_pay"],"why":"Question whether the sponsor pays for re-consent time; referred to contracts, nobody took it","kind":"question"},
 {"ev":["x_cap"],"why":"Hypothetical that the sponsor might cap the site's recruitment","kind":"hypothetical"},
 {"ev":["x_sae"],"why":"SAE for participant 014 and the deviation form already submitted","kind":"completed"},
 {"ev":["x_fridge"],"why":"New pharmacy fridge with remote alarm deferred to the January capital round","kind":"deferred"},
 {"ev":["x_rota1","x_rota2"],"why":"Christmas rota first asked of Chidi, who no longer does rotas; given to Hannah","kind":"reassigned"},
]
EXTRA={"note":"S8 is the sponsor's CRA on the phone (not on the roster); the ICF pack action is the sponsor's, owner null. Monitoring visit Thursday 3 December, so query backlog due 2 December."}
