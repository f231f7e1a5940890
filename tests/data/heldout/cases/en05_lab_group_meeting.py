CASE = dict(
    stem="en05_lab_group_meeting",
    language="en",
    meeting_type="project progress (university lab group meeting)",
    features=["lab group meeting", "end of next week", "no promises on timing = null", "by tomorrow", "by the 20th",
              "by Friday", "I'll take that (volunteered)", "reassigned (away at a conference)", "decision over several turns",
              "decision and action share an utterance", "rejected proposal", "opinion", "cancelled", "hypothetical", "late arrival"],
    meeting={
        "title": "Marsh Lab weekly group meeting",
        "date": "2025-10-07", "start": "14:00", "end": "15:00",
        "location": "Chemistry Building, Room 214", "host": "Elena Marsh", "recorder": "Carla Diaz",
        "attendees": [
            {"name": "Elena Marsh", "department": "Marsh Lab", "title": "Principal Investigator"},
            {"name": "Kenji Sato", "department": "Marsh Lab", "title": "Postdoctoral Fellow"},
            {"name": "Amara Osei", "department": "Marsh Lab", "title": "PhD Student"},
            {"name": "Ben Hollis", "department": "Marsh Lab", "title": "PhD Student"},
            {"name": "Carla Diaz", "department": "Chemistry Department", "title": "Lab Manager"},
        ],
        "absent": [],
        "agenda": ["Paper revision", "Mass spec booking", "EHS safety inspection"],
        "cc": ["Marsh Lab members"],
        "consent": {"confirmed": True, "method": "Announced at the start; all present agreed to the recording", "by": "Carla Diaz"},
    },
    speakers={"S1": "Elena Marsh", "S2": "Kenji Sato", "S3": "Amara Osei", "S4": "Ben Hollis", "S5": "Carla Diaz"},
    lines="""
S1: Okay, let's get started. Ben's going to be a few minutes late, he's, uh, running a gel. So three things today: the revision for the JACS paper, sorry, the ACS Catalysis paper, then mass spec booking, and the safety inspection.
S2: So the reviews came back Friday. Reviewer one is basically happy. Reviewer two wants, um, a kinetic isotope effect experiment and a broader substrate scope, like at least eight more substrates.
S3: Eight is a lot. That's like three weeks of bench work, minimum.
S1: What's the resubmission deadline?
S2: They gave us sixty days, so early December.
S3 @p1: I mean, we could just argue in the response letter that the scope is already sufficient and skip the extra substrates.
S1 @p2: I don't think that flies with this reviewer, honestly. They were pretty specific.
S2 @p3: What if we do the KIE experiment and maybe five substrates instead of eight, and explain the choice in the letter?
S1 @d1a: Yeah, I like that. Okay, so we do the KIE and five new substrates, and we justify the number in the response.
S3 @d1b: Five I can do.
S2 @d1c: Sounds good to me.
S1 @a1q: Amara, can you run the five substrates? When do you think you could have the data?
S3 @a1a: Um, end of next week? Yeah, end of next week should be fine, if I get instrument time.
S1 @a2q: And Kenji, the KIE?
S2 @a2a: Yeah, I'll set it up. I need to order the deuterated substrate first, though, so no promises on timing.
S4: Sorry, sorry. Did I miss anything big?
S1: We're on the revision. Catch up with Kenji after.
S4: Got it.
S1: Okay, mass spec. Carla?
S5: So the core facility is raising the hourly rate to sixty-five dollars starting November, and we've already used about thirty-two hundred of the forty-five hundred we budgeted for the year.
S4 @op1: Honestly we should just buy our own benchtop unit at some point.
S1 @op2: Maybe someday. Not this year.
S1 @d2a: So for now, everyone books mass spec through Carla, no more individual bookings, so we can actually track the hours.
S5 @d2b: That works for me. I'll set up a shared booking sheet by tomorrow.
S1: Great. Last thing, the EHS inspection is on the twenty-first.
S5: Right, and last time we got flagged for, um, the unlabeled waste containers and the eyewash log.
S1 @re_1: Ben, can you go through the waste labels before then?
S4 @re_2: I can, but actually I'm away at the conference from the fifteenth to the twentieth.
S1 @re_3: Oh right. Okay, um—
S2 @a4v: I'll take that. I'm here all month.
S1 @a4c: Great, thanks Kenji. So the waste labels done by the twentieth, the day before the inspection.
S4 @a5: I can still do the eyewash log, though. I'll update it by Friday, before I leave.
S3 @hyp: If the inspector flags us again, do we lose the, uh, the hood certification?
S5 @hyp2: Only if it's a repeat finding, and we'll cross that bridge if it happens.
S3 @cancel_q: Oh, and are we still doing the lab retreat in November?
S1 @cancel_a: No, let's scrap the retreat this year. With the revision, nobody has time.
S2: Fair enough.
S1 @nm: Okay. Same time next Tuesday, and we'll check where the revision is.
S4: Sounds good.
""",
    gold=dict(
        decisions=[
            ("The revision adds the KIE experiment and five new substrates, with the number justified in the response letter",
             ["p3", "d1a", "d1b", "d1c"]),
            ("All mass spec bookings go through Carla Diaz; no individual bookings", ["d2a", "d2b"]),
        ],
        actions=[
            dict(task="Run the five additional substrates for the paper revision", owner="Amara Osei",
                 due_text="end of next week", rule="next:fri", deliverable="Substrate scope data", ev=["a1q", "a1a"]),
            dict(task="Set up the kinetic isotope effect experiment, ordering the deuterated substrate first",
                 owner="Kenji Sato", due_text=None, rule="null", deliverable=None, ev=["a2q", "a2a"],
                 note="'no promises on timing': no deadline"),
            dict(task="Set up a shared mass spec booking sheet", owner="Carla Diaz", due_text="by tomorrow",
                 rule="tomorrow", deliverable="Shared booking sheet", ev=["d2b"]),
            dict(task="Check and label the waste containers before the EHS inspection", owner="Kenji Sato",
                 due_text="by the twentieth", rule="md:10-20", deliverable=None, ev=["a4v", "a4c"],
                 note="First asked of Ben Hollis (away 15th-20th); Kenji volunteered"),
            dict(task="Update the eyewash log", owner="Ben Hollis", due_text="by Friday", rule="this:fri",
                 deliverable=None, ev=["a5"]),
        ],
        next_meeting=dict(rule="next:tue", time="14:00", text="Same time next Tuesday, to check the revision", ev=["nm"]),
        not_actions=[
            (["p1", "p2"], "Proposal to skip the extra substrates and argue scope in the letter, rejected", "decision"),
            (["op1", "op2"], "Suggestion to buy a benchtop mass spec, an opinion, not taken up", "decision"),
            (["re_1", "re_2", "re_3"], "Waste labels first asked of Ben Hollis, who is away; taken by Kenji Sato", "action"),
            (["hyp", "hyp2"], "Hypothetical: losing the hood certification after a repeat finding", "action"),
            (["cancel_q", "cancel_a"], "Cancelled: the November lab retreat", "action"),
        ],
    ),
)
