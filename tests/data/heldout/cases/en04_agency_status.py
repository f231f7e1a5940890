CASE = dict(
    stem="en04_agency_status",
    language="en",
    meeting_type="project progress (agency client status call)",
    features=["by Friday", "end of next week", "by next Wednesday", "by the 30th", "client-side owner", "reassigned", "cancelled", "rejected proposal", "hypothetical"],
    meeting={
        "title": "Harbor Coffee fall campaign status call",
        "date": "2025-09-18", "start": "10:00", "end": "10:45",
        "location": "Video call", "host": "Rachel Kim", "recorder": "Lisa Wong",
        "attendees": [
            {"name": "Rachel Kim", "department": "Brightline Agency", "title": "Account Director"},
            {"name": "Tom Becker", "department": "Brightline Agency", "title": "Designer"},
            {"name": "Priya Shah", "department": "Brightline Agency", "title": "Media Planner"},
            {"name": "Daniel Ortiz", "department": "Harbor Coffee", "title": "Marketing Manager"},
            {"name": "Lisa Wong", "department": "Brightline Agency", "title": "Project Coordinator"},
        ],
        "absent": [],
        "agenda": ["Campaign visuals", "Social ads budget", "Flagship store launch event"],
        "cc": ["Harbor Coffee marketing team"],
        "consent": {"confirmed": True, "method": "Announced at the start of the call; all participants agreed", "by": "Lisa Wong"},
    },
    speakers={"S1": "Rachel Kim", "S2": "Tom Becker", "S3": "Priya Shah", "S4": "Daniel Ortiz", "S5": "Lisa Wong"},
    lines="""
S1: Okay, I think everyone's on. Thanks for joining, Daniel. So, um, today we wanted to walk through the fall campaign, the social ads, and the launch event.
S4: Sounds good. Yeah, we're, uh, pretty excited about the fall push.
S1: So first the campaign visuals. Tom, do you want to give a quick update?
S2: Sure. So we have three concepts for the pumpkin latte, um, we tested them internally, and concept B with the, like, the warm orange palette did best.
S4 @op1: Honestly I kind of liked concept A more, the darker one, but I get it.
S1 @d1a: So I'd suggest we go with concept B as the lead visual for the fall campaign. Daniel, are you okay with that?
S4 @d1b: Yeah, let's go with B.
S1 @a1q: Great. Tom, can you send Daniel the final concept B files by Friday?
S2 @a1a: Yep, I'll have them over by Friday.
S1: Next, the social ads. Priya?
S3: So, um, the Instagram budget is about sixty percent spent and we're getting good click-through, so I'd like to shift some budget from Facebook to Instagram.
S4 @rej1: What if we, like, just drop Facebook entirely?
S3 @rej2: I wouldn't do that, a lot of your older customers are still on Facebook. I'd keep a small amount there.
S1 @d2a: Okay, so let's move twenty percent of the Facebook budget to Instagram for the rest of the quarter.
S4 @d2b: That works for me.
S1 @a2q: Priya, could you put together the updated media plan by end of next week?
S3 @a2a: Sure, I'll get that done by end of next week.
S4 @cancel_q: Oh, and what about the TikTok test we talked about last time?
S1 @cancel_a: Let's drop that for now, we don't have the budget this quarter.
S1: And then the launch event at the flagship store.
S1 @re_1: Tom, could you handle the in-store signage?
S2 @re_2: I'm, uh, I'm pretty slammed with the concept files this week, honestly.
S1 @a3q: Okay, Lisa, can you take over the signage with the print vendor?
S5 @a3a: Sure, I'll get the print vendor quote to Daniel by next Wednesday.
S4 @hyp: If the weather's bad that weekend, would we move it indoors?
S1 @hyp2: Let's cross that bridge if we get there.
S4 @a4: And on our side, I'll send you the final guest list by the 30th.
S1: Perfect, thanks Daniel.
S1 @nm: Alright, let's do the same time next Thursday to check on the visuals and the event.
S4: Sounds good, thanks everyone.
""",
    gold=dict(
        decisions=[
            ("Concept B (warm orange palette) is the lead visual for the fall campaign", ["d1a", "d1b"]),
            ("Move 20% of the Facebook budget to Instagram for the rest of the quarter", ["d2a", "d2b"]),
        ],
        actions=[
            dict(task="Send the final concept B files to Daniel Ortiz", owner="Tom Becker", due_text="by Friday",
                 rule="this:fri", deliverable="Final concept B files", ev=["a1q", "a1a"]),
            dict(task="Prepare the updated media plan", owner="Priya Shah", due_text="by end of next week",
                 rule="next:fri", deliverable="Updated media plan", ev=["a2q", "a2a"]),
            dict(task="Arrange the in-store signage and send the print vendor quote to Daniel Ortiz", owner="Lisa Wong",
                 due_text="by next Wednesday", rule="next:wed", deliverable="Print vendor quote", ev=["a3q", "a3a"],
                 note="Reassigned from Tom Becker"),
            dict(task="Send the final guest list for the launch event to the agency", owner="Daniel Ortiz",
                 due_text="by the 30th", rule="next_dom:30", deliverable="Final guest list", ev=["a4"]),
        ],
        next_meeting=dict(rule="next:thu", time="10:00", text="Same time next Thursday, to check the visuals and the event", ev=["nm"]),
        not_actions=[
            (["op1"], "Preference for concept A, an opinion, not adopted", "decision"),
            (["rej1", "rej2"], "Proposal to drop Facebook entirely, rejected", "decision"),
            (["cancel_q", "cancel_a"], "Cancelled: the TikTok test", "action"),
            (["re_1", "re_2"], "Signage first asked of Tom Becker, reassigned to Lisa Wong", "action"),
            (["hyp", "hyp2"], "Hypothetical: moving the event indoors in bad weather", "action"),
        ],
    ),
)
