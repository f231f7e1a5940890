STEM='f_en202_cert_expiry_postmortem'
LANG='en'
MEETING={"title":"Incident review: INC-2291 mobile login outage (expired TLS certificate)","date":"2026-02-10","start":"15:00","end":"16:00",
 "location":"Video call","host":"Rachel Kim","recorder":"Owen Price",
 "attendees":[{"name":"Rachel Kim","department":"Platform Engineering","title":"Engineering Manager"},
  {"name":"Owen Price","department":"SRE","title":"On-call Engineer"},
  {"name":"Arjun Mehta","department":"SRE","title":"Senior Site Reliability Engineer"},
  {"name":"Nadia Haddad","department":"Security","title":"Security Engineer"},
  {"name":"Lena Vogel","department":"Mobile","title":"iOS Lead"},
  {"name":"Chris Dalton","department":"Customer Support","title":"Support Lead"},
  {"name":"Ben Carver","department":"Product","title":"Product Manager"}],
 "agenda":["Timeline","Root cause","Customer impact and credits","Remediation items"],
 "consent":{"confirmed":True,"method":"Recording notice in the invite and at the start","by":"Owen Price"}}
SPEAKERS={"S1":"Rachel Kim","S2":"Owen Price","S3":"Arjun Mehta","S4":"Nadia Haddad","S5":"Lena Vogel","S6":"Chris Dalton","S7":"Ben Carver"}
LINES='''
S1: Alright, thanks everyone. Standard reminder, this is blameless, we're here to fix the system, not pick on people. Owen, walk us through the timeline.
S2: Sure. Saturday at 01:12 UTC the certificate on auth-edge expired. Mobile logins started failing immediately, web was fine because web goes through the CDN cert, which is separate. First customer ticket came in at 01:30. I got paged at 02:55, when the error rate alarm finally crossed threshold.
S3: Which is its own problem. An hour forty before we paged.
S2: Yeah. Then I found the cert had expired at about 03:20, renewed it manually and pushed it out by 03:40. Logins were back by 03:45. So that part's done, we're on a valid cert until next year. @done_cert
S1: How did nobody notice an expiry date that's literally shown on the dashboard? @rhet
S4: Because nobody looks at that dashboard. And the reminder email went to a distribution list for a team that was reorged last summer.
S1: Okay. So root cause, to put it in one line: a manually-managed cert, with the renewal reminder going to a dead mailing list.
S3: And the alert threshold being too lax, that's contributing.
S6: Can I add something on the timeline? Support saw the tickets at 01:30 but we had no way to page anyone. Our weekend escalation path is an email to the SRE list.
S1: Wait, support can't page on-call?
S6: Not directly. We're supposed to post in the Slack channel, and at half one on a Saturday nobody's in it.
S3: That's... yeah, that's bad.
S1: Okay, that's a gap. Support leads get the ability to page SRE on-call directly for anything customer-facing. @d_supp
S6: We'd need accounts on the pager tool, and a runbook for when to actually use it.
S1: Owen, could you... no, you've got enough. Arjun, can you set up the support accounts and the runbook? @r_supp
S3: Accounts, sure. But honestly Chris's team should own the runbook, they know when it's real.
S6: Fair. I'll write the runbook, one page, "when to page SRE", by next Friday. Arjun just does the accounts. @a_runbook
S3: Accounts I'll do tomorrow. @a_accounts
S1: Great.
S1: Right. So, remediation. Nadia, the big one.
S4: I want every cert we own on automated ACME renewal, no more manual certs, and an alert thirty days before expiry that pages SRE, not an email.
S1: Any objections? No. That's decided: all certificates move to automated renewal with a thirty-day expiry alert to SRE. @d_acme
S4: I can migrate what's left, but I need to know what we actually have. I'd guess forty, fifty certs, some on old load balancers nobody remembers. @a_acme0
S3: I'll do the inventory. Every cert, where it lives, who owns it, expiry. By Friday. @a_inv
S4: Then I'll have everything on ACME by end of the month. Some of the old LBs might need config changes, but end of month. @a_acme
S1: Good. Alert threshold. Arjun?
S3: Error rate alarm was set at fifteen percent over ten minutes, because mobile's noisy. I'd drop it to five percent over five minutes for the auth endpoints specifically.
S1: Do it. Auth endpoints, five percent over five minutes. @d_alert
S3: Already in, actually. I pushed it this morning, figured nobody would object. @done_alert
S1: And another thing, Owen was alone on this at three in the morning. From now on Sev1 pages go to primary and secondary on-call at the same time. @d_page
S1: I'll change the pager config myself, today. @a_page
S5: Can I add the mobile side? The app pins the certificate. That's why mobile died and web didn't. If the pin had a backup key, rotation wouldn't have killed logins even if the cert changed.
S7: Could we just turn pinning off entirely? Less stuff to break. @pin1
S4: Please no. Pinning is in our pen test findings as a must-have for the banking partners.
S1: Yeah, pinning stays. Lena, what would the backup pin take?
S5: Ship an app update with a backup pin. We can make the release train on the 24th, that's the next one. @a_pin
S1: Okay, backup pin in the release on the 24th.
S5: If Apple review drags on past a week, we might miss that train, just saying. @pin_hyp1
S1: If that happens we'll deal with it. @pin_hyp2
S1: Customer impact. Chris?
S6: About two and a half hours of no mobile login. Four hundred and ten tickets, mostly free users. Eleven enterprise accounts complained formally.
S7: I'd say we give everybody a month free, free tier users get premium for a month. Make a gesture. @credit1
S1: That's a lot of money for a two-hour outage on a Saturday night. No. Paid enterprise accounts that were affected get a one-week service credit, per the SLA. Free users, no credit. @credit2 @d_credit
S6: Okay. I'll email the eleven enterprise accounts with the credit and an incident summary. Within three business days, that's what the SLA says. @a_credit
S7: And a public blog post? Apologizing? @blog1
S1: Let's not do a blog post. A clear status page update is enough. @blog2
S7: Fine. I'll update the status page with the root cause summary tomorrow morning. @a_status
S7: While we're on it, we didn't post anything on the status page until 04:10, after it was fixed. Customers saw nothing for almost three hours.
S2: That one's on me, I was heads down fixing it and didn't even think of it.
S1: It's not on you, it's a process gap. From now on every Sev1 has a named comms person, assigned by the incident commander in the first fifteen minutes. @d_comms
S7: Agreed. I'll update the incident process doc with the comms role. @a_commsdoc1
S1: By when?
S7: Next Monday? @a_commsdoc2
S1: Monday's fine.
S1: Thanks Ben. Postmortem doc. Arjun, can you write it up? @r_doc
S2: Actually, let me take it. Arjun's got the inventory and I've got all the timestamps already. I can have a draft Thursday. @a_doc
S1: Sure, Owen's got it. Thursday. @a_doc2
S3: Should we schedule a game day next week? Deliberately expire a cert in staging and see what fires. @gd1
S1: Good idea, but next week's the launch. Scratch that for now, we'll look at it next quarter. @gd2
S1: Okay. So, recap: ACME everywhere, thirty-day alerts, tighter auth alarm, dual paging for Sev1, backup pin, enterprise credits. Let's review progress in two weeks, same time. @nm
S2: I'll send the invite.
'''
DECISIONS=[
 {"text":"All certificates move to automated ACME renewal, with an alert 30 days before expiry that pages SRE.","ev":["d_acme"]},
 {"text":"The error-rate alarm for auth endpoints is tightened to 5% over 5 minutes.","ev":["d_alert"]},
 {"text":"Sev1 pages go to both primary and secondary on-call at the same time.","ev":["d_page"]},
 {"text":"Certificate pinning in the mobile app stays; a backup pin is added in the 24 February release.","ev":["a_pin"]},
 {"text":"Affected paid enterprise accounts receive a one-week service credit per the SLA; free users receive no credit.","ev":["d_credit"]},
 {"text":"Support leads can page SRE on-call directly for customer-facing issues.","ev":["d_supp"]},
 {"text":"Every Sev1 incident has a named comms person, assigned by the incident commander within the first 15 minutes.","ev":["d_comms"]},
]
ACTIONS=[
 {"task":"Inventory every certificate (location, owner, expiry)","owner":"Arjun Mehta","due_rule":"this:fri","due_text":"by Friday","deliverable":"Certificate inventory","ev":["a_inv"]},
 {"task":"Migrate all remaining certificates to automated ACME renewal","owner":"Nadia Haddad","due_rule":"month_end","due_text":"end of the month","deliverable":"All certificates on ACME","ev":["a_acme0","a_acme"]},
 {"task":"Change the pager configuration so Sev1 pages primary and secondary on-call","owner":"Rachel Kim","due_rule":"today","due_text":"today","deliverable":"Pager config change","ev":["a_page"]},
 {"task":"Ship a mobile app update with a backup certificate pin","owner":"Lena Vogel","due_rule":"md:02-24","due_text":"release train on the 24th","deliverable":"App release with backup pin","ev":["a_pin"]},
 {"task":"Email the eleven affected enterprise accounts with the service credit and an incident summary","owner":"Chris Dalton","due_rule":"workdays:3","due_text":"within three business days","deliverable":"Credit emails","ev":["a_credit"]},
 {"task":"Update the status page with the root cause summary","owner":"Ben Carver","due_rule":"tomorrow","due_text":"tomorrow morning","deliverable":"Status page update","ev":["a_status"]},
 {"task":"Write a one-page runbook on when support should page SRE","owner":"Chris Dalton","due_rule":"next:fri","due_text":"by next Friday","deliverable":"Support paging runbook","ev":["a_runbook"],"note":"Rachel asked Arjun for accounts and runbook; runbook moved to Chris"},
 {"task":"Set up pager tool accounts for the support leads","owner":"Arjun Mehta","due_rule":"tomorrow","due_text":"tomorrow","deliverable":"Support pager accounts","ev":["r_supp","a_accounts"]},
 {"task":"Update the incident process document with the Sev1 comms role","owner":"Ben Carver","due_rule":"next:mon","due_text":"next Monday","deliverable":"Updated incident process doc","ev":["a_commsdoc1","a_commsdoc2"]},
 {"task":"Write the postmortem document draft","owner":"Owen Price","due_rule":"this:thu","due_text":"Thursday","deliverable":"Postmortem draft","ev":["a_doc","a_doc2"],"note":"Rachel asked Arjun; Owen took it over"},
]
NEXT={"date_rule":"days:14","time":"15:00","ev":["nm"],"text":"Progress review in two weeks, same time"}
NOT_ACTIONS=[
 {"ev":["done_cert"],"why":"Certificate already renewed manually during the incident","kind":"completed"},
 {"ev":["rhet"],"why":"Rhetorical question","kind":"rhetorical"},
 {"ev":["done_alert"],"why":"Alarm change already deployed to production","kind":"completed"},
 {"ev":["pin1"],"why":"Proposal to drop certificate pinning rejected","kind":"rejected"},
 {"ev":["pin_hyp1","pin_hyp2"],"why":"Missing the release train if App Review is slow is a hypothetical","kind":"hypothetical"},
 {"ev":["credit1"],"why":"A free month for everyone was rejected","kind":"rejected"},
 {"ev":["blog1","blog2"],"why":"Public blog post rejected; status page update instead","kind":"rejected"},
 {"ev":["r_doc"],"why":"Postmortem doc asked of Arjun, taken by Owen","kind":"reassigned"},
 {"ev":["gd1","gd2"],"why":"Game day deferred to next quarter","kind":"deferred"},
]
