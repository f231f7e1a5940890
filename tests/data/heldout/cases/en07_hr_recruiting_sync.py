CASE = dict(
    stem="en07_hr_recruiting_sync",
    language="en",
    meeting_type="resource coordination (HR recruiting sync)",
    features=["HR recruiting sync", "by Thursday, sorry, Friday", "by Monday", "before our next sync", "by the 13th", "today",
              "outside owner (agency account lead, not an attendee)", "reassigned (owner declines own task)",
              "decision over several turns", "rejected proposal", "cancelled (headcount freeze)", "hypothetical", "off-topic"],
    meeting={
        "title": "Weekly recruiting sync",
        "date": "2026-03-04", "start": "09:30", "end": "10:00",
        "location": "Meeting room Aspen / Google Meet", "host": "Olivia Grant", "recorder": "Sam Rivera",
        "attendees": [
            {"name": "Olivia Grant", "department": "People Team", "title": "HR Business Partner"},
            {"name": "Marcus Lee", "department": "People Team", "title": "Recruiter"},
            {"name": "Hannah Cho", "department": "Engineering", "title": "Engineering Manager"},
            {"name": "Sam Rivera", "department": "People Team", "title": "Recruiting Coordinator"},
        ],
        "absent": [{"name": "David Kim", "department": "Engineering", "reason": "Travelling"}],
        "agenda": ["Backend engineer offer", "Data analyst requisition", "Intern program", "Agency contract"],
        "cc": ["David Kim"],
        "consent": {"confirmed": True, "method": "Stated in the invite and at the start; all agreed", "by": "Sam Rivera"},
    },
    speakers={"S1": "Olivia Grant", "S2": "Marcus Lee", "S3": "Hannah Cho", "S4": "Sam Rivera"},
    lines="""
S1: Morning. Let's go, we've got a lot. Sam, you're taking notes?
S4: Yep, got it.
S1: Okay. Backend role first. Marcus, where are we?
S2: So, um, we have three at final round. Priya, no sorry, wrong req. Okay, so for backend: Alex Moreno, Jordan Blake and Wei Zhang. Alex is the strongest, Hannah's team loved him.
S3: Yeah, Alex was great. Really strong on systems design. Jordan was good but more junior.
S1: What's Alex asking for?
S2: He's at one thirty-five now, and he said he's looking for one fifty-five.
S3: Our band tops out at one fifty.
S3 @rej1: Could we, um, just go to one fifty-five? I really don't want to lose him.
S1 @rej2: Not without David's sign-off, and he's travelling until next week. I don't want to go over band.
S2 @p2: What if we do one forty-eight plus a signing bonus? Like ten k?
S1 @d1a: I could live with that. Hannah?
S3 @d1b: Yeah, that works for me.
S1 @d1c: Okay, so the offer for Alex is one forty-eight base plus a ten k signing bonus.
S1 @a1q: Marcus, can you get the verbal offer to him by Thursday, sorry, Friday, I need comp to approve it first.
S2 @a1a: Friday, yep.
S1 @a2q: And Sam, references.
S4 @a2a: On it. I'll reach out to his references today and, hopefully, have them back by Monday.
S3 @hyp: If he counters above one fifty, what do we do?
S1 @hyp2: Then we talk to David. Let's not solve that yet.
S1: Okay, the data analyst req.
S2 @cancel_q: Right, so should I still post it? I had it ready to go on LinkedIn.
S1 @cancel_a: No, hold off. Finance froze that headcount yesterday. Don't post it.
S3: Ugh. Okay.
S1: Intern program.
S3 @re_1: So I was going to write the intern job descriptions, but honestly, with the launch, I'm not going to get to it.
S1 @re_2: That's fine. Marcus, can you draft them and Hannah just reviews?
S2 @a3a: Sure, I'll take the first pass. I'll have drafts before our next sync.
S1: Last thing, agencies.
S2 @a4: So TalentBridge sent over the new contract, the fee went down from twenty to eighteen percent. And Tara Nguyen, their account lead, said she'll send us the senior shortlist by the thirteenth.
S1 @d2a: Good. Then let's go with TalentBridge for the senior roles this quarter and drop the second agency.
S3 @d2b: Fine by me, their candidates were better anyway.
S1 @a5: I'll sign the contract and send it back to them today.
S4 @off: Also, quick thing, the coffee machine on four is broken again.
S1 @off2: Not a recruiting problem, Sam.
S1 @nm: Okay, same time next week. Thanks, all.
""",
    gold=dict(
        decisions=[
            ("Offer Alex Moreno a base salary of 148k plus a 10k signing bonus", ["p2", "d1a", "d1b", "d1c"]),
            ("Use TalentBridge for the senior roles this quarter and drop the second agency", ["d2a", "d2b"]),
        ],
        actions=[
            dict(task="Make the verbal offer to Alex Moreno", owner="Marcus Lee", due_text="by Friday",
                 rule="this:fri", deliverable=None, ev=["a1q", "a1a"], note="'by Thursday' corrected to Friday"),
            dict(task="Contact Alex Moreno's references and collect them", owner="Sam Rivera", due_text="by Monday",
                 rule="next:mon", deliverable="Reference checks", ev=["a2q", "a2a"]),
            dict(task="Draft the intern job descriptions for Hannah Cho to review", owner="Marcus Lee",
                 due_text="before our next sync", rule="next_meeting", deliverable="Intern job description drafts",
                 ev=["re_2", "a3a"], note="Hannah Cho's own task, handed to Marcus Lee"),
            dict(task="Send the senior candidate shortlist", owner="Tara Nguyen", dept="TalentBridge",
                 due_text="by the thirteenth", rule="next_dom:13", deliverable="Senior candidate shortlist", ev=["a4"],
                 note="Owner outside the company and not an attendee; commitment reported by Marcus Lee"),
            dict(task="Sign the TalentBridge contract and send it back", owner="Olivia Grant", due_text="today",
                 rule="today", deliverable="Signed contract", ev=["a5"]),
        ],
        next_meeting=dict(rule="next:wed", time="09:30", text="Same time next week", ev=["nm"]),
        not_actions=[
            (["rej1", "rej2"], "Proposal to offer 155k, above band, rejected", "decision"),
            (["hyp", "hyp2"], "Hypothetical: a counter-offer above 150k", "action"),
            (["cancel_q", "cancel_a"], "Cancelled: posting the data analyst requisition (headcount frozen)", "action"),
            (["re_1"], "Hannah Cho declines her own task; reassigned to Marcus Lee", "action"),
            (["off", "off2"], "Off-topic remark about the coffee machine", "action"),
        ],
    ),
)
