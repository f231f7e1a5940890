STEM='f_zh511_fab_yield_review'
LANG='zh'
MEETING={"title":"二厂W05良率周会","date":"2026-02-03","start":"08:30","end":"09:40",
 "location":"二厂B栋三楼小会议室","host":"周建国","recorder":"刘思雨",
 "attendees":[
  {"name":"周建国","department":"良率提升部","title":"经理"},
  {"name":"刘思雨","department":"良率提升部","title":"良率工程师"},
  {"name":"陈浩","department":"刻蚀工艺部","title":"主管"},
  {"name":"王磊","department":"光刻工艺部","title":"工艺工程师"},
  {"name":"赵敏","department":"设备部","title":"副经理"},
  {"name":"孙文杰","department":"质量部","title":"QE工程师"},
  {"name":"黄丽娟","department":"生产计划部","title":"计划员"}],
 "agenda":["W05良率回顾及ETCH-07 C腔异常","受影响lot处置及客户8D","光刻M1层CD漂移","春节前后机台PM及WIP安排"],
 "consent":{"confirmed":True,"method":"会前口头说明录音仅用于整理纪要，参会人无异议","by":"刘思雨"}}
SPEAKERS={"S1":"周建国","S2":"刘思雨","S3":"陈浩","S4":"王磊","S5":"赵敏","S6":"孙文杰","S7":"黄丽娟","S8":None}
LINES='''
S1: 好，人差不多齐了吧？老陈呢？
S2: 陈工说还在fab里面，马上出来，换无尘服要几分钟。
S1: 那不等了，先开始。思雨你先把上周的数过一下。
S2: 好。W05整体CP良率是93.1%，比W04掉了零点八个点。主要是28纳米那个A7产品，有三个lot掉得比较厉害，最低的一片才86.4。
S1: 86？这么低。
S2: 对，而且失效位置很集中，基本都在wafer边缘，就是离边缘五毫米以内那一圈。
S4: 是不是上周一那几个lot？我记得那天光刻这边没什么异常啊。
S2: 光刻overlay我看过了，都在spec里面。我查了一下lot history，三个lot都走过ETCH-07，而且都是C腔。
S1: C腔……C腔上周不是刚做完PM吗？
S5: 对，上周三做的PM，周四下午release的。
S1: 那时间上就对上了。
S3: 不好意思不好意思，来晚了，里面有台机报警。
S1: 正好，老陈，就说你呢。ETCH-07的C腔，PM之后出来的三个lot边缘良率都掉了。
S3: 我听说了，昨晚PE也跟我讲了。但我先说一句啊，PM之后的seasoning我们是按流程做的，particle也测过，当时是过的。
S2: 当时测出来几颗？
S3: 十几颗吧，spec是三十。
S6: 但那是bare wafer测的吧？边缘那一圈不一定测得出来。
S3: 那倒也是。
S1: 行，先别争谁的问题，先把东西拉出来看。老陈，C腔PM前后的chamber log，还有RF那几个参数，你拉一下，再跑一片particle测试片，用edge exclusion小一点的那个recipe。 @a_log_req
S3: 可以。什么时候要？
S1: 你说呢？
S3: 测试片还要排机台……这周四吧，周四我给你。 @a_log
S1: 行，周四。 @a_log2
S1: 那结果出来之前，C腔还跑不跑货？
S3: 我的意思是A、B腔照跑，C腔先跑点非关键层……
S6: 我不同意啊。万一还是它的问题，非关键层那也是要出货的产品。
S7: C腔停的话，这周产能要少差不多百分之十五，节前本来就紧。
S1: 我知道紧。但是良率掉三个点比少跑百分之十五亏多了。这样，C腔先down掉，任何产品都不跑，等particle和log看完没问题再放。A、B腔照常。 @d_down
S3: 好吧，那我这边先挂down。
S7: 那我得重新排了。C腔的货能挪的只有ETCH-05，recipe一样，之前qualify过。但05本来排了节前做年度PM。
S5: 对，05的年度PM排在十号，下周二。
S1: 那PM还是照做吧，年度PM拖不得，节前做掉，节后大家轻松点。 @d_pm_old
S5: 行，那我按原计划。
S7: 那我先按C腔停、05正常PM来排，明天给大家一版新的WIP计划。 @a_wip
S1: 好，明天。
S4: 我插一句啊，要不要干脆把这三个lot拉回来rework一遍？ @x_rework0
S2: 刻蚀完的层没法rework啊，已经刻下去了。
S4: 哦对对对，刻完了，那只能看后面了。 @x_rework
S1: 嗯，rework不现实。这三个lot怎么处理，文杰你说一下。
S6: 我的建议是三个lot先hold住，CP全测，然后按die去ink，边缘那一圈失效的直接ink掉，剩下的正常出。ink这个客户是接受的，合同里有写。 @d_ink_prop
S1: 大家有没有意见？
S3: 没有。
S2: 我没问题，就是ink完的lot良率要单独标一下，不然月报对不上。
S1: 那就按文杰说的办，三个lot先hold，CP全测完把边缘失效的die ink掉再出货。 @d_ink
S6: 还有就是客户那边，A7的客户已经来邮件了，要我们出8D。
S1: 他们要什么时候？
S6: 邮件里写的是尽快。我本来想下周一给他们D1到D4。
S1: 下周一太晚了，他们周五要跟自己老板汇报，上次电话里说过的。你周五之前给我一版，我看完再发。 @a_8d_req
S6: 周五……行，那我赶一下，周五上午给你。 @a_8d
S1: 还有周四下午客户要开个电话会，文杰你去一下？ @x_call_ask
S6: 周四不行啊，周四一整天我在外面做供应商审核，早就定好的。
S1: 那算了，电话会我自己去。思雨你帮我准备一下数据，wafer map那几张图。 @a_call
S2: 好的，那我把W05所有受影响wafer的map叠一下。 @a_map_ok
S1: 叠图周四中午之前给我，电话会下午两点开始。 @a_map
S2: 好，周四中午前。
S1: 除了A7，其他产品呢？
S2: 40纳米的B3和B5都正常，B3还涨了零点三。就是那个新导入的C1，良率还在爬坡，W05是八十八点二。
S1: C1客户要求什么时候到九十？
S2: 客户要求三月底到九十，现在看有点悬。主要是两个失效模式，一个是接触孔开路，一个是金属短路，差不多各占一半。
S3: 接触孔那个是我们的，刻蚀终点检测不太稳，我们在调。
S1: 调到什么程度了？
S3: 上周改了一版终点检测的参数，跑了两个lot，开路比例降了一些，但是样本太少，还不敢说。
S6: 样本少就多看几个lot，别急着下结论，上次就是两个lot看着好，一放量又回去了。
S3: 对，这次至少看五个lot再说。
S1: 金属短路那个呢？
S4: 那个应该是CMP之后的残留，不是我们光刻的。
S2: CMP那边今天没人来？
S1: 老刘请假了，家里有点事。这个不急，C1本来就在爬坡，等他回来再一起看。 @x_cmp
S7: 周总，C1节前还要不要加投？客户上周问过能不能多投两个lot。
S1: 良率没到九十之前不加，多投多亏，按原计划投。 @d_c1
S7: 好，那就按原计划，本来排的就是六个lot。
S1: 下一个，光刻。王磊。
S4: 光刻这边主要是M1层的CD有点往上漂，这两周均值大概大了一点五个纳米，还在spec里，但趋势不太好。
S1: 原因知道吗？
S4: 我怀疑是光刻胶换批次了，一月中换的新一批胶。也可能是PEB热板温度，我还没分开看。
S5: 热板上个月刚校过，校准报告在我这。
S4: 那更可能是胶的问题。我想做个split，新胶老胶各跑几片，看看CD差多少。
S1: 老胶还有吗？
S4: 仓库应该还有两瓶。
S1: 那你做吧，下次周会给个结论。 @a_split
S4: 好，我尽量。
S1: 不是尽量，下周二要看到数据。 @a_split2
S4: 行行行。
S3: 对了周总，那个05的PM……
S5: 等一下，我刚收到仓库消息，05年度PM要换的ESC，就是静电吸盘，供应商说节前到不了，要二月底。
S1: 二月底？那十号做PM有什么用，做一半？
S5: 对，换不了ESC，这PM做了也不完整。
S7: 那干脆节后做？节后第一周货也少一点。
S1: 行吧，05的年度PM不在节前做了，挪到节后，等ESC到了一起做。丽娟你排计划就按05节前一直跑。 @d_pm_new
S7: 好，这样C腔的货挪过去也有地方放了。
S5: ESC具体哪天到，我再跟供应商确认一下。 @a_esc0
S1: 今天下班前给我个准信，我好跟厂长报。 @a_esc
S5: 好，今天下班前。
S1: 还有别的吗？
S6: 有个小事，上周说ETCH-07的RF generator要换新的那个……
S5: 那个已经换了，上周五就换完了，我在群里发过照片。 @x_rf_done
S6: 哦好的，我没看到。
S8: 喂，喂，能听到吗？我是厂务的小何，刚才说ETCH-07那个……
S1: 能听到，小何你说。
S8: 就是C腔那边，上周PM的时候我们厂务也动过一下冷却水的管路，不知道有没有关系，我说一下供你们参考。
S3: 冷却水？那有可能啊，温度不稳的话边缘刻蚀速率会变。
S1: 好，这个老陈你一起看。小何，你把当时改管路的记录给陈工发一下。 @a_water
S8: 好的好的，我回头找一下发他。
S4: 哎对了，年会抽奖今年是不是又轮不到fab的人，去年一等奖全是办公室的。 @x_joke
S7: 你想多了，去年一等奖是你们光刻的小李。
S4: 哈哈，那行吧。
S7: 对了，春节值班表出了没有？我们计划这边初几要有人？
S1: 值班表人事在排，不是今天的事，出来了会发到群里。
S5: 设备部我先说好啊，初一我今年不值了，去年是我值的。
S1: 哈哈，行，这个你们部门自己商量。
S1: 好了好了，说正事。我最后捋一下：C腔先停，三个lot hold住ink完再出，C1不加投，05的年度PM挪节后。
S1: 老陈周四给log和particle结果，文杰周五给8D，思雨周四中午给叠图，王磊下次周会给split数据，赵敏今天下班前确认ESC，丽娟明天出WIP计划。
S2: 都记下了。
S1: 下周二还是八点半，这个会议室，再往后一周就放假了，有什么事节前都得收掉。 @nm
S3: 好。
S1: 散会。
'''
DECISIONS=[
 {"text":"ETCH-07 C腔暂停跑货，待particle测试及chamber log确认无异常后再放行，A、B腔照常生产","ev":["d_down"]},
 {"text":"受影响的三个A7 lot先hold，CP全测后将边缘失效die ink掉再出货","ev":["d_ink_prop","d_ink"]},
 {"text":"C1产品良率达到90%之前节前不加投片，按原计划投","ev":["d_c1"]},
 {"text":"ETCH-05年度PM不在节前做，推迟到节后ESC到货后一并进行，节前05机台持续生产","ev":["d_pm_new"]},
]
ACTIONS=[
 {"task":"导出ETCH-07 C腔PM前后的chamber log及RF参数，并跑一片小edge exclusion的particle测试片（一并排查冷却水管路影响）","owner":"陈浩","due_rule":"this:thu","due_text":"周四","deliverable":"chamber log及particle测试结果","ev":["a_log_req","a_log","a_log2"]},
 {"task":"按C腔停机重新排WIP计划并发给大家","owner":"黄丽娟","due_rule":"tomorrow","due_text":"明天","deliverable":"新版WIP计划","ev":["a_wip"]},
 {"task":"编写A7客户8D报告D1-D4初版，交周建国审核后发客户","owner":"孙文杰","due_rule":"this:fri","due_text":"周五之前（周五上午）","deliverable":"8D报告D1-D4初版","ev":["a_8d_req","a_8d"]},
 {"task":"参加周四下午客户电话会","owner":"周建国","due_rule":"this:thu","due_text":"周四下午","deliverable":None,"ev":["a_call"]},
 {"task":"叠加W05所有受影响wafer的wafer map，供客户电话会使用","owner":"刘思雨","due_rule":"this:thu","due_text":"周四中午之前","deliverable":"wafer map叠图","ev":["a_call","a_map_ok","a_map"]},
 {"task":"新老光刻胶split实验，确认M1层CD漂移原因","owner":"王磊","due_rule":"next_meeting","due_text":"下次周会/下周二","deliverable":"split实验数据及结论","ev":["a_split","a_split2"]},
 {"task":"与供应商确认ETCH-05年度PM所需ESC的具体到货日期","owner":"赵敏","due_rule":"today","due_text":"今天下班前","deliverable":None,"ev":["a_esc0","a_esc"]},
 {"task":"将上周PM期间C腔冷却水管路改动记录发给陈浩","owner":None,"department":"厂务部","due_rule":None,"due_text":"回头","deliverable":"管路改动记录","ev":["a_water"]},
]
NEXT={"date_rule":"next:tue","time":"08:30","ev":["nm"],"text":"下周二八点半，原会议室"}
NOT_ACTIONS=[
 {"ev":["d_pm_old"],"why":"ETCH-05年度PM节前照做的决定，后因ESC节前到不了被改为节后","kind":"superseded","target":"decision"},
 {"ev":["x_rework0","x_rework"],"why":"提议rework三个lot，刻蚀后无法rework，未采纳","kind":"rejected"},
 {"ev":["x_call_ask"],"why":"请孙文杰参加客户电话会，其周四外出审核婉拒，改由周建国参加","kind":"declined"},
 {"ev":["x_rf_done"],"why":"RF generator更换上周五已完成","kind":"completed"},
 {"ev":["x_cmp"],"why":"C1金属短路问题等CMP负责人回来再看","kind":"deferred"},
 {"ev":["x_joke"],"why":"年会抽奖闲聊","kind":"off_topic"},
]
EXTRA={"note":"S8为电话接入的厂务人员（小何），不在参会名单，其承接的动作owner为null；05 PM决定被会中改判；王磊split截止为下次周会"}
