STEM='f_en522_data_science_standup'
LANG='en'
MEETING={"title":"Data Science weekly planning","date":"2026-01-12","start":"10:00","end":"10:30",
 "location":"Zoom",
 "host":"Marcus Feld","recorder":"Chloe Sandoval",
 "attendees":[
  {"name":"Marcus Feld","department":"Data Science","title":"Lead Data Scientist"},
  {"name":"Lena Okafor","department":"Data Science","title":"Senior Data Scientist"},
  {"name":"Raj Mehta","department":"Data Science","title":"ML Engineer"},
  {"name":"Chloe Sandoval","department":"Data Science","title":"Analytics Engineer"},
  {"name":"Daniel Wu","department":"Product","title":"Product Manager, Growth"}],
 "agenda":["Churn model retrain","Pricing page experiment","Warehouse costs","Dashboard migration"],
 "consent":{"confirmed":True,"method":"Recording notice shown in Zoom; nobody objected","by":"Chloe Sandoval"}}
SPEAKERS={"S1":"Marcus Feld","S2":"Lena Okafor","S3":"Raj Mehta","S4":"Chloe Sandoval","S5":"Daniel Wu"}
LINES='''
S1: Morning. Happy new year to those I haven't seen. Let's keep it tight, I've got a hard stop at half past.
S1: Churn model first. Lena, where are we?
S2: So I've got the training set rebuilt. The open question is the window. Eighteen months gives us more churners, but the first six months are pre-price-change, and the behaviour's really different.
S3: Twelve would drop us to, what, nine thousand positive examples?
S2: About nine and a half, yeah. That's still plenty for gradient boosting.
S5: From product's side the old pricing's gone. I don't care how well we predict people who churned off a plan that doesn't exist.
S1: Yeah. Okay, my call, we go with twelve months. Cleaner, and it matches what Daniel actually needs. @d_window
S2: Cool. Oh, and by the way, the null bug in the events ETL, I fixed that on Friday, so the retrain won't trip on it. @x_nullbug
S1: Nice. When can we see numbers? @a_churn_ask
S2: I'll have the retrained model and the eval by Thursday. @a_churn
S1: Great.
S5: Pricing test. It's been live five days and the variant's up like four percent on checkout starts.
S4: Five days is nothing though. We said two weeks.
S5: I know, I know, I'm not asking to call it. I'm just excited.
S3: If it does hold up at four percent, we'd probably want to roll it out to the EU storefront as well, right?
S5: Maybe. Let's see if it holds first. @x_eu
S1: Which actually brings me to something. Last quarter we had two readouts where the success metric kind of moved after the fact. I want to stop that.
S1: From now on, no experiment launches unless its primary metric is written in the experiment doc before launch. No doc, no launch. @d_prereg
S4: Plus one.
S5: Fair. That was partly me, to be honest.
S1: Daniel, could you draft a simple template for that? Just metric, guardrails, duration, owner. @a_tpl_ask
S5: Yeah, I can do that. I'll bring it to next week's planning. @a_template
S1: Perfect. Warehouse. Raj, the bill.
S3: December was up thirty-one percent. Most of it's one scheduled query someone wrote that does a full scan every hour.
S4: That might be mine. The sessions rollup?
S3: It is yours, sorry Chloe.
S4: Oh, no. Okay, I'll rewrite it as incremental. @a_rollup
S1: Can we also get an alert so we're not finding out from finance a month later?
S3: I'll set up a cost alert on the project. I can do that today, it's a ten minute job. @a_alert
S1: Thanks.
S3: While we're on infra, should we be looking at a proper feature store? We keep rebuilding the same features for every model.
S1: Probably, but not this quarter. Let's park it and talk about it at the Q2 planning. @x_featurestore
S3: Sure.
S1: Last thing, dashboard migration off the old BI tool. Chloe?
S4: I've mapped all of them. There are forty-two, but honestly only about five get looked at.
S5: Which five? Because if the funnel one's in there I need it soon.
S4: Funnel, revenue daily, churn, support volume and the marketing spend one.
S5: How long for those five?
S4: Give me two weeks, with the query rewrite on top. @a_dash_offer
S5: Two weeks is fine. @a_dashboards
S1: And the other thirty-seven we just let die?
S4: I'd archive them and see who screams.
S1: Ha. Let's not decide that today, we'll come back to it once the five are moved. @x_archive
S1: Okay, anything else?
S2: Just that I'm out Wednesday afternoon, dentist.
S1: Noted. Same time next Monday, everyone. Thanks. @nm
S4: Bye!
'''
DECISIONS=[
 {"text":"Retrain the churn model on the last 12 months of data rather than 18.","ev":["d_window"]},
 {"text":"From now on no experiment launches unless its primary metric is written in the experiment doc before launch.","ev":["d_prereg"]},
]
ACTIONS=[
 {"task":"Retrain the churn model and share the evaluation","owner":"Lena Okafor","due_rule":"this:thu","due_text":"by Thursday","deliverable":"Retrained churn model and evaluation","ev":["a_churn_ask","a_churn"]},
 {"task":"Draft an experiment pre-registration template (metric, guardrails, duration, owner)","owner":"Daniel Wu","due_rule":"next_meeting","due_text":"next week's planning","deliverable":"Experiment doc template","ev":["a_tpl_ask","a_template"]},
 {"task":"Set up a cost alert on the warehouse project","owner":"Raj Mehta","due_rule":"today","due_text":"today","deliverable":"Cost alert","ev":["a_alert"]},
 {"task":"Rewrite the hourly sessions rollup query as incremental","owner":"Chloe Sandoval","due_rule":None,"due_text":None,"deliverable":"Incremental sessions rollup","ev":["a_rollup"]},
 {"task":"Migrate the five most used dashboards (funnel, revenue daily, churn, support volume, marketing spend) off the old BI tool","owner":"Chloe Sandoval","due_rule":"weeks:2","due_text":"two weeks","deliverable":"Five migrated dashboards","ev":["a_dash_offer","a_dashboards"]},
]
NEXT={"date_rule":"next:mon","time":"10:00","ev":["nm"],"text":"Weekly planning"}
NOT_ACTIONS=[
 {"ev":["x_nullbug"],"why":"ETL null bug already fixed on Friday","kind":"completed"},
 {"ev":["x_eu"],"why":"EU rollout only hypothetical if the lift holds","kind":"hypothetical"},
 {"ev":["x_archive"],"why":"Archiving the other 37 dashboards left undecided","kind":"deferred"},
 {"ev":["x_featurestore"],"why":"Feature store parked until Q2 planning","kind":"deferred"},
]
EXTRA={"note":"Short remote planning call. The rollup rewrite is volunteered without a date."}
