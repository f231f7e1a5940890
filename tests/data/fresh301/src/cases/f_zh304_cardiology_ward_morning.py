STEM='f_zh304_cardiology_ward_morning'
LANG='zh'
MEETING={"title":"心内科一病区晨会（交班后）","date":"2026-01-07","start":"07:45","end":"08:05",
 "location":"心内科一病区医生办公室","host":"潘国栋","recorder":"邱雪",
 "attendees":[{"name":"潘国栋","department":"心内科","title":"科主任"},
  {"name":"黄静","department":"心内科护理单元","title":"护士长"},
  {"name":"严帅","department":"心内科","title":"住院总医师"},
  {"name":"邱雪","department":"心内科护理单元","title":"责任护士"}],
 "agenda":["夜班跌倒事件","夜班医生配置","春节排班"],
 "consent":{"confirmed":True,"method":"晨会录音，科内告知","by":"邱雪"}}
SPEAKERS={"S1":"潘国栋","S2":"黄静","S3":"严帅","S4":"邱雪"}
LINES='''
S1: 交完班了啊，几件事说一下，说完赶紧查房。昨天晚上十二床怎么回事？
S4: 十二床王大爷，凌晨三点多自己起来上厕所，没按铃，在床边滑倒了。我们听见声音过去的，当时意识清楚，查了头颅CT，没有出血，就是左手腕擦伤。
S1: 他不是高危吗？床栏拉了没有？
S4: 床栏是拉着的，他自己从床尾下来的。
S2: 他入院的时候跌倒评分是四十五分，按说是高危，家属签了陪护告知，但是昨晚家属回家了。
S1: 不良事件报了没有？
S2: 还没报，今天上午我来报。 @a_report
S1: 今天报，按规定是二十四小时以内。
S2: 嗯，今天中午之前一定报上去。 @a_report2
S1: 还有，全病区跌倒高危的病人，今天重新评一遍，评分高的家属必须留陪护，不留的要签字。 @d_fall
S2: 那高危的复评我安排责任护士今天白班做完，邱雪你牵个头，下班前把名单给我。 @a_reassess
S4: 好的，下班前。 @a_reassess2
S3: 主任，说到夜班，我想提个事。现在夜里就一个值班医生，心内这边夜里急诊PCI一来，值班的就上导管室了，病房就空了，昨晚十二床摔了那会儿，我就在导管室。
S1: 你的意思是夜里要两个人？
S3: 对，最好是一个管病房，一个管急诊和导管室。
S1: 人从哪出？科里一共就这么几个人。
S3: 这批进修的有三个，都是主治，其实能值班。
S1: 可以，但前提是进修医生得先过科里的值班考核，考过的才能单独管病房，没过的只能跟班。 @d_night
S3: 那考核我来组织，这周五下午考，笔试加床边。 @a_exam
S1: 行，周五。考核的题你先拿给我看一下。
S3: 好，周四晚上之前发您。 @a_exam2
S2: 主任，还有春节的排班，今年春节是二月十七号，护理部要求月底之前把春节排班报上去。
S1: 医生的也是月底前吧，严帅你把医生的排了，护士的护士长排。 @a_rota_doc
S3: 好的。 @a_rota_doc2
S2: 护士的我来排，月底前报护理部。 @a_rota_nurse
S4: 护士长，我春节想请三天假，我家里……
S2: 你私下跟我说，会上不说这个。 @leave
S1: 对了，上个月说要给病区换那台旧的除颤仪，设备科说新的已经到了，昨天装上了是吧？
S4: 昨天下午装好了，今早也做了自检，没问题。 @done_defib
S1: 好。还有一个，那个心衰病人的随访表，之前说要改，这个先放一放，等护理部的模板下来再说。 @followup
S1: 好，就这些。严帅明天晨会把十二床这个事讲一下，大家都听听。 @nm
S3: 好，明天我讲。
S1: 查房去吧。
'''
DECISIONS=[
 {"text":"全病区跌倒高危患者当日重新评估，高危患者家属须留陪护，不留陪护的须签字。","ev":["d_fall"]},
 {"text":"夜班增设一名医生，分别负责病房和急诊/导管室；进修医生须通过科内值班考核方可单独管病房，未通过的只能跟班。","ev":["d_night"]},
]
ACTIONS=[
 {"task":"上报十二床患者夜间跌倒不良事件","owner":"黄静","due_rule":"today","due_text":"今天中午之前","deliverable":"不良事件报告","ev":["a_report","a_report2"]},
 {"task":"牵头完成全病区跌倒高危患者复评并将名单交黄静","owner":"邱雪","due_rule":"today","due_text":"下班前","deliverable":"高危患者复评名单","ev":["a_reassess","a_reassess2"]},
 {"task":"组织进修医生值班考核（笔试加床边）","owner":"严帅","due_rule":"this:fri","due_text":"这周五下午","deliverable":"值班考核","ev":["a_exam"]},
 {"task":"将值班考核题目发潘国栋审阅","owner":"严帅","due_rule":"this:thu","due_text":"周四晚上之前","deliverable":"考核题目","ev":["a_exam2"]},
 {"task":"排春节期间医生值班表","owner":"严帅","due_rule":"month_end","due_text":"月底前","deliverable":"医生春节排班表","ev":["a_rota_doc","a_rota_doc2"]},
 {"task":"排春节期间护士班表并报护理部","owner":"黄静","due_rule":"month_end","due_text":"月底前","deliverable":"护士春节排班表","ev":["a_rota_nurse"]},
 {"task":"在明天晨会上讲解十二床跌倒事件","owner":"严帅","due_rule":"tomorrow","due_text":"明天晨会","deliverable":None,"ev":["nm"]},
]
NEXT={"date_rule":"tomorrow","time":None,"ev":["nm"],"text":"明天晨会，讲十二床事件；未说时间"}
NOT_ACTIONS=[
 {"ev":["leave"],"why":"个人请假会下再说，未作安排","kind":"deferred"},
 {"ev":["done_defib"],"why":"新除颤仪已安装并自检","kind":"completed"},
 {"ev":["followup"],"why":"心衰随访表修改先放一放，等护理部模板","kind":"deferred"},
]
