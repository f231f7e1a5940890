STEM='f_en528_support_escalation_review'
LANG='en'
MEETING={"title":"Weekly Support Escalation Review","date":"2026-12-09","start":"15:00","end":"16:00",
 "location":"Microsoft Teams",
 "host":"Natalie Brooks","recorder":"Megan Hughes",
 "attendees":[
  {"name":"Natalie Brooks","department":"Customer Support","title":"Head of Support"},
  {"name":"Arjun Pillai","department":"Customer Support","title":"Tier 2 Team Lead"},
  {"name":"Megan Hughes","department":"Customer Support","title":"Support Engineer"},
  {"name":"Tomás Ferreira","department":"Engineering","title":"Engineering Manager, Platform"},
  {"name":"Ryan Cole","department":"Site Reliability Engineering","title":"Senior SRE"},
  {"name":"Kevin O'Brien","department":"Customer Success","title":"Customer Success Manager"},
  {"name":"Ling Zhao","department":"Product","title":"Product Manager, Data & Integrations"}],
 "agenda":["SLA breaches this week","Acme Logistics SSO outage","Large-account export timeouts","Duplicate billing charges","Escalation process","Holiday coverage"],
 "consent":{"confirmed":True,"method":"Teams recording banner; Natalie asked at the start and nobody objected","by":"Megan Hughes"}}
SPEAKERS={"S1":"Natalie Brooks","S2":"Arjun Pillai","S3":"Megan Hughes","S4":"Tomás Ferreira","S5":"Ryan Cole","S6":"Kevin O'Brien","S7":"Ling Zhao"}
LINES='''
S1: Hi all, let's start, we've got a lot. Megan's recording, the usual. Can everyone hear me? Ryan, you're on mute, I think.
S5: Sorry, yes. Here.
S1: Okay. Numbers first. Arjun?
S2: So, this week, nine SLA breaches, up from four. Six of the nine are the export issue, two are the SSO thing on Monday, one is just a ticket that sat in the wrong queue over the weekend.
S1: The wrong-queue one, do we know why?
S2: Routing rule. A customer wrote "billing" in the subject and it went to finance's queue, which nobody watches on weekends.
S1: Can we stop that happening again?
S2: Already done, I changed the rule on Monday. Billing keywords come to us now, finance just gets copied. @x_routing
S1: Good.
S3: Oh, and the SLA dashboard that was double-counting reopened tickets, I fixed that yesterday, so these numbers are real now. @x_dashboard
S1: Thank you, Megan, that was driving me mad. Okay, Acme Logistics. Kevin, how angry are they?
S6: On a scale of one to ten? An eleven. Their whole warehouse team couldn't log in for almost three hours on Monday morning, and it's their peak season. Their VP emailed our CEO directly.
S1: Ryan, what happened?
S5: Short version, the certificate on our SAML service provider rotated, and Acme's identity provider was pinned to the old one. Most customers pull our metadata automatically. Acme had theirs hard-coded, so when we rotated, boom.
S4: So technically it's a config on their side.
S6: Tomás, please, please don't say that to them.
S4: No, no, I'm not saying we say that. But we didn't warn them either.
S5: We sent the rotation notice, but to a generic admin email from 2021 that nobody reads.
S1: Okay. I need a proper RCA. Something I can put in front of their VP. Ryan, when? @a_rca_ask
S5: I can have the RCA written up by Thursday. Tomorrow, basically. @a_rca
S1: Good. And Kevin, once that's done, can you walk them through it? A call, not an email. @a_acme_ask
S6: Yes. I'll book a call with their VP and the IT lead for Friday and take them through the RCA. @a_acme
S6: They're going to ask for a service credit. Should we just offer one?
S1: I don't want to offer money before we know what actually happened and whose bit was broken. Let's decide that once the RCA's in. @x_credit
S6: Fair.
S5: Honestly, this is the third SSO headache this year. We could move off our home-grown SAML layer to one of the managed identity providers, and then none of this is ours.
S4: That's a six-month project, Ryan.
S5: I know. I'm just saying, if we did it, we'd never have this conversation again.
S1: Noted, but not something we're taking on from a support review. @x_sso
S1: Exports. Ling, Tomás.
S7: So, large accounts, anyone with more than about two hundred thousand shipments, the CSV export times out at sixty seconds. It's been like that for a while but three big customers hit it this week because of year-end reporting.
S2: Six breaches, like I said. And the workaround, splitting by date range, people hate it.
S4: We've got two options. There's a pagination hotfix, which streams the file in chunks. It's not elegant but it works, we've tested it on the biggest account in staging.
S4: Or we wait for the full rewrite of the export service, which does it properly, async, with an email when it's ready. That's really a January thing.
S7: January's no good. Year-end reporting is now.
S2: We can't have six breaches a week until January.
S1: Tomás, the hotfix, is it safe?
S4: Yeah, it's behind a flag. Worst case we turn it off.
S7: Then fine, do it. Ship the hotfix, and the rewrite carries on for January as planned. @d_hotfix
S1: Agreed. When can it be in production? @a_hf_ask
S4: Code's done. With the change-approval board and a staged rollout, by next Wednesday. @a_hotfix
S1: Next Wednesday, so the fifteenth?
S4: Sixteenth. Wednesday's the sixteenth.
S1: Sixteenth, sorry. Okay.
S4: And just so it's said, I'm not promising the full rewrite by January now. It might slip to February. @x_rewrite
S7: That's fine, as long as the hotfix is in.
S3: Can we also put the export limit in the help center? Half the tickets are people who don't know there's a limit at all. @a_docs_ask
S7: Yeah, I'll get the limits written up in the docs. I'll need to check the exact number with Tomás first. @a_docs
S1: Okay. Billing. This one's bad. Arjun.
S2: So on the first of December, fourteen accounts got charged twice for their annual renewal. Payment provider retried a webhook, and we didn't dedupe.
S4: That's fixed, by the way, we pushed the dedupe Friday.
S2: Eight of the fourteen have noticed and written in. Six haven't noticed yet.
S6: Do we wait for the other six to notice?
S1: No. We refund all fourteen, now, without waiting for them to ask. I'd much rather they hear it from us than spot it on their bank statement. @d_refund
S7: Agreed.
S2: Who actually does the refunds? We can't do it from the support side, we don't have the permissions in the billing system.
S1: Finance ops has to push them through. They're on the distribution for these minutes, and they need all fourteen refunded by the fifteenth, that's when the next card statements go out. @a_refunds
S1: Okay, process. After Monday I looked at the timeline. Acme's ticket was marked P1 at 7:42 and the first engineer looked at it at 9:05. That's nearly an hour and a half.
S4: On-call didn't get paged. The ticket just sat in the engineering Slack channel.
S5: Right, because P1s from support don't page. Only our own alerts page.
S1: So that changes today. From now on, every P1 escalation from support pages the on-call engineer, and engineering acknowledges within thirty minutes. If there's no ack in thirty, it goes to the engineering manager. @d_p1
S4: I'm fine with that. I'd rather be woken than read about it in an email from the CEO.
S5: I'll need to wire up the paging integration from the ticketing tool, but that's an afternoon. @a_pg0
S1: Ryan, can you do that this week? @a_pg_ask
S5: Yes, I'll have paging hooked up to the ticket tool by Friday. @a_paging
S1: And the escalation template needs to change too. It doesn't have a field for customer impact or for whether the customer's down completely.
S3: I can update it. Impact, number of users affected, workaround yes or no. @a_template_offer
S1: When can you have it done?
S3: The change freeze starts on the eighteenth, and I want it live before that. @a_template
S1: Okay, before the freeze then.
S1: Last thing. Holidays. Arjun.
S2: So we've got two options. Option A is what we did last year, a skeleton UK team on-call with everyone doing a couple of days, including Christmas Day. Option B is follow-the-sun, where the Manila team covers our nights and the twenty-fifth and twenty-sixth, and we cover theirs at New Year.
S6: Option A nearly killed people last year. Remember Dev on Boxing Day?
S2: I remember Dev.
S7: Does Manila have the training for our Tier 2 stuff?
S2: Mostly, yes. The export stuff they know. SSO they'd escalate.
S1: Okay. I'm going with B. Follow-the-sun with Manila. @d_holiday
S2: Great.
S1: Arjun, I need the actual rota, who's on when. When can you have it? @a_rota_ask
S2: Monday?
S1: Monday's too late. People need to book travel, and half the team are already asking me. I need it Friday. @a_rota_due
S2: Okay, Friday, I'll get it out Friday. @a_rota
S1: Thank you. Is there anything else anyone wants to raise?
S6: One from me. Brenner Foods have escalated again, they want a custom report that combines their shipments with their own ERP codes. They're saying it's blocking their year-end.
S7: That's not a bug, Kevin, that's a feature request. And it's a feature for one customer.
S6: They're a big customer, though. Three hundred seats.
S4: We can't build bespoke reports in December. We've got the freeze, the hotfix, the rewrite.
S1: I'm with Ling and Tomás. We're not building a custom report for Brenner. They can use the API, that's what it's for. @x_brenner
S6: They'll push back.
S7: If they push back, that's a roadmap conversation, not an escalation. Honestly, the ERP mapping is something a few people have asked for, it might make Q2.
S6: Okay. That's all I had.
S2: Can I just add, the office holiday party, is it the nineteenth or the twentieth? Manila are asking whether they're invited to the video bit.
S1: Nineteenth, and yes, obviously. Not a support review topic, though.
S2: Sorry, sorry.
S1: Okay. Next week. The sixteenth, same time?
S4: The sixteenth is the all-hands, the whole afternoon.
S1: Oh, right, it is. Thursday the seventeenth at three then?
S2: Works.
S7: Works for me.
S1: Thursday the seventeenth, three o'clock. Last one before the freeze. @nm
S1: Thanks, everyone. Ryan, unmute next time.
S5: Ha. Sorry.
'''
DECISIONS=[
 {"text":"Ship the pagination hotfix for large-account exports now; the full export rewrite continues separately.","ev":["d_hotfix"]},
 {"text":"Refund all 14 double-charged accounts proactively, without waiting for them to ask.","ev":["d_refund"]},
 {"text":"From now on every P1 escalation from support pages the on-call engineer; engineering acknowledges within 30 minutes, otherwise it goes to the engineering manager.","ev":["d_p1"]},
 {"text":"Holiday support coverage will be follow-the-sun with the Manila team (option B).","ev":["d_holiday"]},
]
ACTIONS=[
 {"task":"Write the root cause analysis for the Acme Logistics SSO outage","owner":"Ryan Cole","due_rule":"this:thu","due_text":"by Thursday","deliverable":"RCA document","ev":["a_rca_ask","a_rca"]},
 {"task":"Hold a call with Acme Logistics' VP and IT lead to walk them through the RCA","owner":"Kevin O'Brien","due_rule":"this:fri","due_text":"Friday","deliverable":"Customer call","ev":["a_acme_ask","a_acme"]},
 {"task":"Roll out the export pagination hotfix to production","owner":"Tomás Ferreira","due_rule":"next:wed","due_text":"by next Wednesday","deliverable":"Hotfix in production","ev":["a_hf_ask","a_hotfix"]},
 {"task":"Document the export limits in the help center","owner":"Ling Zhao","due_rule":None,"due_text":None,"deliverable":"Help center article","ev":["a_docs_ask","a_docs"]},
 {"task":"Refund all 14 double-charged accounts","owner":None,"department":"Finance Operations","due_rule":"dom:15","due_text":"by the fifteenth","deliverable":"Refunds processed","ev":["a_refunds"]},
 {"task":"Connect the ticketing tool to on-call paging for P1 escalations","owner":"Ryan Cole","due_rule":"this:fri","due_text":"by Friday","deliverable":"Paging integration","ev":["a_pg0","a_pg_ask","a_paging"]},
 {"task":"Update the escalation template with customer impact, users affected and workaround fields","owner":"Megan Hughes","due_rule":"eve:12-18","due_text":"before the freeze on the eighteenth","deliverable":"Updated escalation template","ev":["a_template_offer","a_template"]},
 {"task":"Publish the holiday on-call rota","owner":"Arjun Pillai","due_rule":"this:fri","due_text":"Friday (Monday rejected as too late)","deliverable":"Holiday rota","ev":["a_rota_ask","a_rota_due","a_rota"]},
]
NEXT={"date_rule":"iso:2026-12-17","time":"15:00","ev":["nm"],"text":"Escalation review, moved from the 16th because of the all-hands"}
NOT_ACTIONS=[
 {"ev":["x_dashboard"],"why":"SLA dashboard double-counting already fixed yesterday","kind":"completed"},
 {"ev":["x_routing"],"why":"Ticket routing rule already changed on Monday","kind":"completed"},
 {"ev":["x_brenner"],"why":"Custom report for Brenner Foods refused; feature request","kind":"rejected"},
 {"ev":["x_credit"],"why":"Service credit for Acme deferred until the RCA is in","kind":"deferred"},
 {"ev":["x_sso"],"why":"Moving to a managed identity provider; idea not taken up","kind":"hypothetical"},
 {"ev":["x_rewrite"],"why":"No commitment on the full export rewrite date","kind":"no_date"},
]
EXTRA={"note":"Arjun offers Monday for the rota but Natalie's Friday wins. Refunds are a department duty (Finance Operations, nobody named). The template is due the day before the freeze starts on the 18th. Next meeting moved from the 16th to Thursday the 17th."}
