STEM='f_en409_startup_board'
LANG='en'
MEETING={"title":"Loopwise Inc. – Q3 board meeting","date":"2026-09-24","start":"10:00","end":"11:45",
 "location":"Zoom / Loopwise office, Austin","host":"Jordan Reyes","recorder":"Dana Whitaker",
 "attendees":[{"name":"Jordan Reyes","department":"Management","title":"CEO and Co-founder"},
  {"name":"Dana Whitaker","department":"Legal","title":"General Counsel and Board Secretary"},
  {"name":"Kevin Zhou","department":"Management","title":"CFO"},
  {"name":"Ananya Krishnan","department":"Board","title":"Director (Series A lead, Northgate Ventures)"},
  {"name":"Simon Ashworth","department":"Board","title":"Director (Harbour Capital)"},
  {"name":"Maria Delgado","department":"Board","title":"Independent Director"}],
 "agenda":["CEO update","Financials and runway","Bridge financing","Option pool","Europe expansion","Executive session"],
 "consent":{"confirmed":True,"method":"Recording for minutes; agreed by all directors at start","by":"Dana Whitaker"}}
SPEAKERS={"S1":"Jordan Reyes","S2":"Dana Whitaker","S3":"Kevin Zhou","S4":"Ananya Krishnan","S5":"Simon Ashworth","S6":"Maria Delgado"}
LINES='''
S1: Okay, looks like everyone's on. Simon, you're in London, right? It's like five p.m.?
S5: Four. Still respectable. Just.
S6: Jordan, is that a new office behind you? Are those plants real?
S1: They're real. Kevin waters them. It's basically his main job now.
S3: It's in my OKRs.
S4: Sorry, I'm on my phone in an airport, I'm going to be on mute unless I need to say something.
S1: No problem. Where are you going?
S4: Bangalore, for a portfolio thing. I'll be fine until about eleven thirty.
S1: Great. So, Dana, you want to do the formal stuff?
S2: Sure. We have all four directors present, so we have a quorum. First item is approving the minutes of the June meeting, which were circulated last week. Any comments?
S4: None from me.
S6: Fine.
S2: Then can I take it the minutes are approved? ... Great, approved. @d_minutes
S1: Okay. So, CEO update. I'll try not to just read the deck to you. Big picture, Q3 was good but not great. ARR ended at four point two million, up from three point six, so that's about sixteen percent quarter over quarter. We were planning for twenty.
S4: What was the gap? Was it pipeline or conversion?
S1: Honestly, conversion. Pipeline was fine. We had three enterprise deals slip into Q4, like, one of them literally slipped by four days, they signed October first, well, they will sign October first.
S5: Will sign, or have signed?
S1: Will sign. DocuSign's out. I'm ninety percent.
S5: Ninety percent is what everyone says, Jordan.
S1: I know, I know. Anyway. Net revenue retention is a hundred and eighteen, which we're really happy with. Churn ticked up a little in SMB, I think that's the price change in July, and we're looking at that.
S6: When you say looking at it, what does that mean?
S1: It means we've got Priya on the growth team pulling the cohort data, and I'll have a view on whether we roll back the SMB price by the next board.
S6: Okay. I'd like to see that actually, not just a view, the actual cohorts. @a_cohort
S1: Yeah, we'll send the cohort analysis ahead of the next meeting. Like a week before.
S6: That works.
S1: Product. We shipped the Salesforce integration, finally. Eleven customers are using it already. The AI summaries feature is in beta with twenty customers, and we're targeting GA in November.
S4: How's the inference cost looking on that? Because that's the thing that worries me with these features.
S1: It's, yeah, it's higher than we modeled. Kevin can talk about it.
S3: So right now it's about nine cents per summary. At current usage that's manageable, about six grand a month. If it goes GA and usage is what we think, it could be forty to fifty grand a month.
S4: That's real money at your scale.
S3: It is. We're testing a smaller model which would cut it by about seventy percent. We should have results in two weeks.
S4: I'd want to see that before GA.
S1: Totally. Kevin, can you make sure that's in the November update? @a_inference
S3: Yep, I'll include it.
S1: Okay, people. We're at sixty-two, we were planning to be at seventy by now. We paused hiring in August because of the runway conversation, which is the next item.
S3: So, financials. Cash at end of September, six point one million. Burn in Q3 averaged five hundred and ten thousand a month. So on the current plan, runway's about twelve months, into next September.
S5: And if you unpause hiring?
S3: If we hire the remaining eight roles in the plan, burn goes to about six-twenty and runway drops to about nine months.
S5: Nine months isn't enough to raise a Series B comfortably. You want eighteen.
S3: Agreed. Which is why we're asking about the bridge.
S1: Right. So. We've been talking with Ananya and Simon offline. The proposal is a two million convertible note from existing investors, twenty percent discount, eighteen million cap. That gets us to about fifteen months even with the hiring.
S4: Northgate's in for one point two, subject to our IC, which meets on the sixth.
S5: Harbour's in principle for the rest, eight hundred, but I have to be honest, my partners want a tighter cap. They were talking about fifteen.
S1: Fifteen's, I mean, that's below the last round post.
S5: I know. I'm just telling you where they are.
S6: Can I say, as the independent here. I don't want us to agonise over three million dollars of cap on a bridge that's meant to get us to a B. The B price is what matters.
S4: I agree with Maria. I'd rather we close it fast.
S5: Look, I'll go back to my partners and push for eighteen. If they won't move, sixteen and a half, and that's my last offer, I promise. @harbour
S1: Okay. So what do we need to decide today?
S2: What I'd suggest is the board approves the bridge in principle: up to two million, convertible note, twenty percent discount, cap not below sixteen and a half, subject to Northgate IC approval. And then I do the paperwork once the terms are final. @d_bridge
S6: I'm happy with that.
S4: Yes.
S5: Yes, subject to my partners, which, yes.
S2: And Jordan, you're a yes obviously.
S1: I'm a yes. @d_bridge2
S2: Great. So approved in principle. I'll draft the note purchase agreement and send it to Simon and Ananya by Wednesday. @a_npa
S5: Can you make it Tuesday? My partners meet Wednesday morning. @a_npa2
S2: Tuesday. Sure.
S4: And I'll let you know the IC outcome on the sixth itself. @a_ic
S1: Okay, option pool.
S2: So the current pool has about four percent unallocated. We've got eight hires planned plus the refresh grants for the senior people in February. Management's proposing increasing the pool by three percent. I've circulated a written resolution.
S5: Three percent pre or post bridge?
S2: Pre. It's calculated on the fully diluted today.
S5: I'd rather it was two and we come back for more if we need it.
S1: Two doesn't cover the refreshes. We'll just be back here in February.
S6: I'd support three. Retention is the thing I worry about most.
S4: Three's fine.
S5: Fine, I won't die on this hill. Three.
S2: So, for the record, the board resolves to increase the option pool by three percent of fully diluted capital, all directors in favour. @d_pool
S2: I'll send it out on DocuSign this afternoon, for signature. @a_pool
S1: Okay. Europe. So, we said at the June meeting that we'd open a London office in Q1 and hire a country manager. I want to revisit that.
S5: Ah, you're taking my city away.
S1: Kind of. So, given the runway, and given we're bridging, I don't think we should be opening an office in Q1. I think we do Europe remotely, we hire one AE in London who reports to our VP sales, no office, no country manager, and we revisit in the B.
S4: That's sensible.
S6: I agree. I was never convinced about an office yet.
S5: I'm disappointed, but yes, that's the right call.
S1: So we're reversing the June decision. No London office in Q1, one remote AE instead. @d_europe
S2: Noted, and I'll minute that it supersedes the June resolution.
S1: The AE, we'd hire in Q4 if the bridge closes.
S6: Make it conditional on the bridge, yes.
S1: Yeah. If the bridge closes. @ae_hyp
S6: One thing. Not for today. But I think at some point we need a proper conversation about a VP of Finance, Kevin's doing three jobs. @vpf
S3: I'm not going to argue.
S1: Yeah, let's put that on for the next one. Not today. @vpf_park
S4: Someone should also think about whether we need a new auditor before the B. Our current firm's fine for now but the B investors will want a big four or close. @aud
S3: We'd be looking at that next year anyway.
S1: Okay. Anything else before exec session?
S2: One housekeeping thing. The Delaware franchise tax is due, it's been paid, so that's fine. @done_tax
S5: Good.
S2: And the D and O insurance renewal is on the first of November. I'll get quotes. @a_dno
S6: Get at least two, please. Last year we only had one.
S2: Two at least. I'll bring them to the next board.
S6: Next board's in December, the D and O's the first of November.
S2: Right. Then I'll circulate them by email by mid-October and we can approve by written consent.
S6: Fine. @a_dno2
S1: Okay. Next board meeting. Dana, when are we?
S2: I was going to propose Thursday December tenth, ten a.m. Central.
S5: That's fine.
S4: Works.
S6: Yes. @nm
S1: Great. So I'll drop off with Kevin and Dana and let the directors do exec session.
S2: I'll stop the recording there. Thanks everyone.
'''
DECISIONS=[
 {"text":"Minutes of the June board meeting approved.","ev":["d_minutes"]},
 {"text":"Bridge financing approved in principle: up to USD 2 million convertible note from existing investors, 20% discount, cap not below USD 16.5 million, subject to Northgate's investment committee approval.","ev":["d_bridge","d_bridge2"]},
 {"text":"Option pool increased by 3% of fully diluted capital; all directors in favour.","ev":["d_pool"]},
 {"text":"The June decision to open a London office in Q1 is reversed: no London office or country manager; Europe is covered by one remote AE in London.","ev":["d_europe"]},
]
ACTIONS=[
 {"task":"Send the board the SMB churn cohort analysis and a recommendation on rolling back the SMB price","owner":"Jordan Reyes","due_rule":"iso:2026-12-03","due_text":"ahead of the next meeting, like a week before","deliverable":"Cohort analysis","ev":["a_cohort"],"note":"A week before 10 December"},
 {"task":"Include the smaller-model inference cost results in the November update","owner":"Kevin Zhou","due_rule":None,"due_text":"in the November update","deliverable":"Inference cost results","ev":["a_inference"]},
 {"task":"Go back to Harbour's partners on the bridge cap","owner":"Simon Ashworth","due_rule":None,"due_text":None,"deliverable":None,"ev":["harbour"]},
 {"task":"Draft the note purchase agreement and send it to Simon and Ananya","owner":"Dana Whitaker","due_rule":"next:tue","due_text":"Wednesday – can you make it Tuesday – Tuesday","deliverable":"Draft note purchase agreement","ev":["a_npa","a_npa2"]},
 {"task":"Tell the company the outcome of Northgate's investment committee","owner":"Ananya Krishnan","due_rule":"md:10-06","due_text":"on the sixth itself","deliverable":None,"ev":["a_ic"]},
 {"task":"Send the option pool written resolution out on DocuSign for signature","owner":"Dana Whitaker","due_rule":"today","due_text":"this afternoon","deliverable":"Resolution for signature","ev":["a_pool"]},
 {"task":"Get at least two D&O insurance renewal quotes and circulate them by email for approval by written consent","owner":"Dana Whitaker","due_rule":None,"due_text":"by mid-October","deliverable":"D&O quotes","ev":["a_dno","a_dno2"],"note":"'Mid-October' is vague; renewal date is 1 November"},
]
NEXT={"date_rule":"md:12-10","time":"10:00","ev":["nm"],"text":"Thursday 10 December, 10 a.m. Central"}
NOT_ACTIONS=[
 {"ev":["ae_hyp"],"why":"Hiring the London AE only if the bridge closes","kind":"hypothetical"},
 {"ev":["vpf","vpf_park"],"why":"VP Finance discussion put off to the next meeting","kind":"deferred"},
 {"ev":["aud"],"why":"'Someone should think about a new auditor' – nobody took it; 'next year anyway'","kind":"group"},
 {"ev":["done_tax"],"why":"Delaware franchise tax already paid","kind":"completed"},
]
EXTRA={"note":"Bridge approval is in principle and conditional. Europe: June decision reversed. Asker moves Dana's NPA date from Wednesday to Tuesday."}
