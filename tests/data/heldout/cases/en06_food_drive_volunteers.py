CASE = dict(
    stem="en06_food_drive_volunteers",
    language="en",
    meeting_type="cross-department coordination (nonprofit volunteer call)",
    features=["nonprofit volunteer coordination call", "tonight", "by Monday", "before Thanksgiving", "end of the month",
              "probably Sunday", "owner not an attendee (absent colleague)", "host's own task",
              "self-correction (before Thanksgiving -> by Monday)", "next meeting self-corrected (Monday the first -> Tuesday the second)",
              "partner organisation attendee", "decision over several turns", "rejected proposal", "cancelled", "hypothetical"],
    meeting={
        "title": "Thanksgiving food drive volunteer coordination call",
        "date": "2025-11-20", "start": "18:30", "end": "19:15",
        "location": "Zoom", "host": "Maria Lopez", "recorder": "Jasmine Reed",
        "attendees": [
            {"name": "Maria Lopez", "department": "Eastside Food Bank", "title": "Volunteer Coordinator"},
            {"name": "Derek Moss", "department": "Eastside Food Bank", "title": "Warehouse Lead"},
            {"name": "Jasmine Reed", "department": "Volunteer Team", "title": "Volunteer Team Lead"},
            {"name": "Greg Fowler", "department": "Eastside Food Bank", "title": "Outreach Manager"},
            {"name": "Nina Patel", "department": "St. Luke's Church", "title": "Community Programs Director"},
        ],
        "absent": [{"name": "Paul Jensen", "department": "Eastside Food Bank", "reason": "Driving a pickup route"}],
        "agenda": ["Registrations and volunteers", "Distribution site", "Donor follow-up"],
        "cc": ["Eastside Food Bank board"],
        "consent": {"confirmed": True, "method": "Announced at the start of the call; everyone agreed", "by": "Jasmine Reed"},
    },
    speakers={"S1": "Maria Lopez", "S2": "Derek Moss", "S3": "Jasmine Reed", "S4": "Greg Fowler", "S5": "Nina Patel"},
    lines="""
S1: Hi everyone, thanks for hopping on so late, I know it's dinner time. Can everyone hear me okay?
S2: Yep.
S5: Yes, hi Maria.
S1: Great. So, the Thanksgiving drive. We're, um, less than a week out. Quick numbers first. Greg?
S4: So we've got two hundred and eighty families registered, last year we ended at two fifty. And we have forty-two volunteers signed up for distribution day, and we need, like, sixty.
S1: Okay, so we're short about eighteen people.
S3 @a1o: I can post in the volunteer Facebook group again, that usually gets us ten or so.
S1 @a1q: Yes, please. Can you do that tonight?
S3 @a1a: Sure, tonight.
S1: Okay, location. So last year we did it at the warehouse and the line went around the block.
S5 @p1: We'd be happy to host at St. Luke's again, the parking lot is way bigger.
S2 @p2: The only thing is moving three hundred boxes over there. We'd need the truck twice.
S4 @rej1: What if we just did grocery gift cards this year instead of boxes? Way less logistics.
S1 @rej2: I hear you, but the donors gave us food, not money, so we really can't.
S1 @d1a: Okay, so let's do distribution at the St. Luke's parking lot on Tuesday, and Derek, we plan for two truck runs.
S2 @d1b: Yeah, that's doable.
S5 @d1c: Great, we'll block off the lot for the whole day.
S1 @a2: For the truck, Paul's not on tonight, he's driving a pickup route, but he does the driver schedule anyway, so Paul will book the rental truck by Monday. I'll text him after this.
S2 @a3: And I'll have all the boxes packed and staged at the warehouse before Thanksgiving, wait, no, it has to be before distribution day, so by Monday night.
S5 @a4q: Oh, and our insurance needs the list of volunteers who'll be on site.
S1 @a4r: Jasmine, can you send Nina the final volunteer roster?
S3 @a4a: Yeah, I'll send it once sign-ups close, so probably Sunday.
S1: Okay. Donors. The county grant report is due at the end of the month, right, Greg?
S4 @a5: Right. I'll have the numbers pulled together for the report by the end of the month.
S1 @a6: And I'll do the thank-you emails to the grocery donors myself, before Thanksgiving.
S4 @cancel_q: Are we still doing the pie table?
S1 @cancel_a: No, the bakery pulled out, so let's just drop the pie table this year.
S2 @hyp: If we go over three hundred families, do we need a second shift?
S1 @hyp2: Let's see where sign-ups land first.
S5: Just one more thing, volunteers can park on the side street, Elm, not in the lot.
S1: Perfect, good to know.
S1 @nm: Okay, let's regroup after the drive for a debrief. Monday the first, actually no, make it Tuesday the second, same time.
S3: Works for me.
S2: Yep, see you all.
""",
    gold=dict(
        decisions=[
            ("Distribution will be held at the St. Luke's Church parking lot on Tuesday, with two truck runs",
             ["p1", "p2", "d1a", "d1b", "d1c"]),
        ],
        actions=[
            dict(task="Post a call for volunteers in the volunteer Facebook group", owner="Jasmine Reed",
                 due_text="tonight", rule="today", deliverable=None, ev=["a1o", "a1q", "a1a"]),
            dict(task="Book the rental truck for the distribution", owner="Paul Jensen", dept="Eastside Food Bank",
                 due_text="by Monday", rule="next:mon", deliverable=None, ev=["a2"],
                 support="Maria Lopez informs Paul Jensen after the call",
                 note="Owner is absent; Maria Lopez only passes it on"),
            dict(task="Pack and stage all the boxes at the warehouse", owner="Derek Moss", due_text="by Monday night",
                 rule="next:mon", deliverable=None, ev=["a3"],
                 note="'before Thanksgiving' corrected to before distribution day, Monday night"),
            dict(task="Send Nina Patel the final volunteer roster for the church's insurance", owner="Jasmine Reed",
                 due_text="probably Sunday", rule="this:sun", deliverable="Final volunteer roster", ev=["a4q", "a4r", "a4a"]),
            dict(task="Pull together the numbers for the county grant report", owner="Greg Fowler",
                 due_text="by the end of the month", rule="month_end", deliverable="Grant report figures", ev=["a5"]),
            dict(task="Send thank-you emails to the grocery donors", owner="Maria Lopez", due_text="before Thanksgiving",
                 rule="eve:11-27", deliverable=None, ev=["a6"], note="Thanksgiving 2025 is November 27"),
        ],
        next_meeting=dict(rule="md:12-02", time="18:30", text="Debrief after the drive, Tuesday December 2, same time", ev=["nm"]),
        not_actions=[
            (["rej1", "rej2"], "Proposal to give grocery gift cards instead of boxes, rejected", "decision"),
            (["cancel_q", "cancel_a"], "Cancelled: the pie table", "action"),
            (["hyp", "hyp2"], "Hypothetical: a second shift if registrations pass 300", "action"),
        ],
    ),
)
