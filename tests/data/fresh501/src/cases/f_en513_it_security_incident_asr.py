STEM='f_en513_it_security_incident_asr'
LANG='en'
MEETING={"title":"Security incident bridge: compromised finance mailbox (INC-2026-0412)","date":"2026-08-22","start":"07:30","end":"08:15",
 "location":"Teams bridge",
 "host":"Marcus Bell","recorder":"Kerry-Ann Foster",
 "attendees":[
  {"name":"Marcus Bell","department":"IT","title":"Head of IT"},
  {"name":"Rachel Ng","department":"IT Security","title":"Security Analyst"},
  {"name":"Dev Sharma","department":"IT Infrastructure","title":"Infrastructure Engineer"},
  {"name":"Kerry-Ann Foster","department":"IT Service Desk","title":"Service Desk Lead"},
  {"name":"Jon Whitlock","department":"Legal and Compliance","title":"Data Protection Officer"}],
 "agenda":["Status and containment","Scope: what was accessed","Regulatory notification","Staff and finance follow-up","Next steps"],
 "consent":{"confirmed":True,"method":"Teams recording notice; verbal OK from everyone on the bridge including the SOC analyst","by":"Kerry-Ann Foster"}}
SPEAKERS={"S1":"Marcus Bell","S2":"Rachel Ng","S3":"Dev Sharma","S4":"Kerry-Ann Foster","S5":"Jon Whitlock","S6":None}
LINES='''
S1: ok um morning everyone thanks for jumping on on a saturday i know its not what anyone wanted
S1: this is being recorded carry anne is taking notes is everyone ok with that
S4: yep fine
S5: fine
S6: yeah fine from us
S1: who have we got from the sock
S6: hi its a med from the northwall sock i was on the overnight shift so i picked up the original alert
S1: great ok so rachel can you just give us where we are
S2: yeah so um around twenty one forty last night the sock flagged an impossible travel sign in on lorraine hebdens account shes accounts payable so sign in from her usual ip in halifax and then eleven minutes later a sign in from a hosting provider in the netherlands
S2: the m f a was approved so either she approved a push she didnt make or uh its a token theft we dont know yet
S6: we saw about fourteen m f a prompts in a row before the approval so it looks like m f a fatigue she just hit approve to make it stop probably
S1: right
S2: and then theyve set up a for wording rule on her mailbox anything with invoice or remittance or bank in the subject going to an external gmail
S2: and they sent a fishing email from her account to thirty two internal people at about ten fifteen asking them to quote review updated supplier bank details
S1: ok and whats been done already
S2: so overnight i disabled her account revoked all the sessions and i deleted the for wording rule thats all done as of about half eleven @x_done1
S1: brilliant thank you
S2: and her lap top is powered off ive asked her not to touch it
S2: honestly i think we should just wipe it and re image it monday so she can get back to work @x_wipe1
S1: no dont touch it we need it as it is for forensics if this goes anywhere near the police or the insurers they will want the image @x_wipe2
S2: fair enough ok
S1: dev the legacy off thing
S3: yeah so i checked and we still have legacy authentication allowed on the tenant for like six service accounts which is just cause we never got round to turning it off
S3: its not how they got in this time but its an open door
S1: were doing it today i dont care who moans about the scanners @d_legacy
S3: ok ill push the conditional axis policy to block legacy off and turn on number matching for m f a straight after this call itll be done today @a_legacy
S3: the two scanners on the second floor will break but i can put an exception in for them by ip
S1: fine thats fine
S1: rachel scope what did they actually get into
S2: thats the bit i dont fully have yet the unified audit log export is slow i can get you the sign in logs and the mailbox audit with a list of what they opened @a_logs0
S1: can i have it tonight @a_logs1
S2: tonight ish um actually no say midday tomorrow realistically the export for a full week takes hours @a_logs2
S1: midday tomorrow fine
S6: we can run a hunt across all the other mailboxes for the same i o c's the ips the rule pattern the user agent and see if anyone else got hit @a_hunt0
S1: yes please how long @a_hunt1
S6: give us forty eight hours for the full report well flag anything urgent as we go @a_hunt
S1: ok
S5: can i jump in on the legal side
S1: go on jon
S5: so her mailbox is accounts payable it will have supplier bank details names addresses some of its sole traders so thats personal data their whole remittance history is in their
S5: my view is this is a reportable breech to the icy oh we have seventy two hours from when we became aware which is last night so that runs out monday night basically
S5: and id rather notify early with what we have and update them than miss it
S1: agreed we notify @d_ico
S5: ill draft the notification and get it to you by sunday marcus so you can read it before it goes @a_ico
S1: perfect
S5: if theyve got into pay role as well then were in a completely different world because thats every employees bank details @x_pay1
S2: no evidence of that her account has no pay role access its a separate system
S5: ok good
S1: the real risk here is money honestly someone changes a supplier bank detail and we pay a fraudster
S1: so im saying no supplier bank detail changes get actioned until theyve been verified by phone on a number we already hold not the number in the email @d_freeze
S5: yes
S4: does finance know that
S1: not yet thats on me ill ring the c f o straight after this call and brief her @a_cfo
S1: and finance need to go back through every bank change request since the start of the month and call the supplier back before the payment run on thursday @a_fin
S4: thats finance doing that not us right
S1: finance yes not us
S4: ok
S1: carry anne the thirty two people who got the fishing email
S4: yeah
S1: can we get a heads up out to all staff today dont click dont reply
S4: ive already sent it it went out at seven with a screenshot of the email @x_done2
S1: oh nice ok
S1: and then somebody needs to actually talk to those thirty two and check nobody clicked and typed their password in can you ring them tonight @a_calls1
S4: honestly on a saturday night nobody from finance is going to pick up a call from the service desk
S4: ill do it monday first thing with the team well go down the list before nine thirty @a_calls2
S1: ok monday first thing fine
S6: and if anyone did enter creds well see it in the hunt anyway so youll have a head start
S3: on the back of this should we be looking at the e mail security add on the defender plan two thing
S1: thats a conversation for after not today put it in the lessons learned @x_def
S3: yep
S1: ok post incident review tuesday ten oclock everyone on this call plus the c f o if she wants @nm
S5: tuesday ten fine @nm2
S2: yep
S1: ok thanks all if anything changes rachel ping the incident channel dont wait for me
S2: will do
'''
DECISIONS=[
 {"text":"Block legacy authentication on the tenant today","ev":["d_legacy"]},
 {"text":"Treat the incident as a reportable personal data breach and notify the ICO within the 72 hours","ev":["d_ico"]},
 {"text":"No supplier bank-detail change to be actioned until verified by phone on a number already held","ev":["d_freeze"]},
]
ACTIONS=[
 {"task":"Push the conditional access policy blocking legacy authentication and enable MFA number matching (IP exception for the two scanners)","owner":"Dev Sharma","due_rule":"today","due_text":"straight after this call, done today","deliverable":"Conditional access policy in force","ev":["a_legacy"]},
 {"task":"Export sign-in logs and mailbox audit log and list what the attacker opened","owner":"Rachel Ng","due_rule":"tomorrow","due_text":"tonight -- no, midday tomorrow","deliverable":"Log export and list of accessed items","ev":["a_logs0","a_logs1","a_logs2"]},
 {"task":"Run a threat hunt across all mailboxes for the same indicators and report","owner":None,"due_rule":"days:2","due_text":"forty eight hours","deliverable":"Threat hunt report","ev":["a_hunt0","a_hunt1","a_hunt"]},
 {"task":"Draft the ICO breach notification for Marcus to review","owner":"Jon Whitlock","due_rule":"week_end","due_text":"by Sunday","deliverable":"Draft ICO notification","ev":["a_ico"]},
 {"task":"Brief the CFO on the incident","owner":"Marcus Bell","due_rule":"today","due_text":"straight after this call","ev":["a_cfo"]},
 {"task":"Review every supplier bank-detail change request since the start of the month and call each supplier back","owner":None,"department":"Finance","due_rule":"next:wed","due_text":"before the payment run on Thursday","ev":["a_fin"]},
 {"task":"Phone the 32 recipients of the phishing email to check nobody clicked or entered their password","owner":"Kerry-Ann Foster","due_rule":"next:mon","due_text":"Monday first thing","ev":["a_calls1","a_calls2"]},
]
NEXT={"date_rule":"next:tue","time":"10:00","ev":["nm","nm2"],"text":"Post-incident review, Tuesday ten o'clock"}
NOT_ACTIONS=[
 {"ev":["x_done1"],"why":"Account disabled, sessions revoked and forwarding rule deleted overnight: already done","kind":"completed"},
 {"ev":["x_wipe1","x_wipe2"],"why":"Proposal to wipe and re-image the laptop rejected; keep it for forensics","kind":"rejected"},
 {"ev":["x_pay1"],"why":"Hypothetical about payroll access; no evidence of it","kind":"hypothetical"},
 {"ev":["x_done2"],"why":"All-staff warning email already sent at seven","kind":"completed"},
 {"ev":["x_def"],"why":"Email security add-on deferred to lessons learned","kind":"deferred"},
]
EXTRA={"note":"Raw ASR style: lower case, no punctuation. Homophones/mis-hearings: 'fishing' = phishing, 'for wording rule' = forwarding rule, 'legacy off' = legacy auth, 'conditional axis' = conditional access, 'sock' = SOC, 'a med' = Ahmed (SOC analyst, S6, not on roster), 'carry anne' = Kerry-Ann, 'icy oh' = ICO, 'breech' = breach, 'pay role' = payroll, 'i o c's' = IOCs, 'c f o' = CFO, 'm f a' = MFA, 'in their' = in there, 'well' = we'll. Meeting is a Saturday: 'Monday' = 24 Aug, 'Sunday' = 23 Aug, payment run Thursday 27 Aug so finance due Wed 26 Aug. SOC hunt owner is the external SOC (owner null)."}
