import json, re, sys, random, datetime as dt, calendar, importlib.util, glob, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOW = dict(mon=0,tue=1,wed=2,thu=3,fri=4,sat=5,sun=6)
def compute_due(md, rule, nm):
    d = dt.date.fromisoformat(md)
    if rule is None: return None
    if rule == 'today': return d
    if rule == 'tomorrow': return d+dt.timedelta(1)
    if rule == 'week_end': return d+dt.timedelta(6-d.weekday())
    m = re.match(r'(this|next|next2):(\w+)$', rule)
    if m:
        k = {'this':0,'next':1,'next2':2}[m.group(1)]
        mon = d - dt.timedelta(d.weekday()) + dt.timedelta(7*k)
        return mon + dt.timedelta(DOW[m.group(2)])
    if rule == 'month_end': return d.replace(day=calendar.monthrange(d.year,d.month)[1])
    if rule == 'next_month_end':
        y,mo = (d.year+1,1) if d.month==12 else (d.year,d.month+1)
        return dt.date(y,mo,calendar.monthrange(y,mo)[1])
    m = re.match(r'dom:(\d+)$', rule)
    if m: return d.replace(day=int(m.group(1)))
    m = re.match(r'next_dom:(\d+)$', rule)
    if m:
        x = d.replace(day=int(m.group(1)))
        if x < d:
            y,mo = (d.year+1,1) if d.month==12 else (d.year,d.month+1)
            x = dt.date(y,mo,int(m.group(1)))
        return x
    m = re.match(r'md:(\d\d)-(\d\d)$', rule)
    if m:
        x = dt.date(d.year,int(m.group(1)),int(m.group(2)))
        return x if x >= d else dt.date(d.year+1,x.month,x.day)
    m = re.match(r'eve:(\d\d)-(\d\d)$', rule)
    if m:
        x = dt.date(d.year,int(m.group(1)),int(m.group(2)))
        if x <= d: x = dt.date(d.year+1,x.month,x.day)
        return x - dt.timedelta(1)
    m = re.match(r'(days|weeks):(\d+)$', rule)
    if m: return d + dt.timedelta(int(m.group(2))*(7 if m.group(1)=='weeks' else 1))
    m = re.match(r'workdays:(\d+)$', rule)
    if m:
        n=int(m.group(1)); x=d
        while n:
            x+=dt.timedelta(1)
            if x.weekday()<5: n-=1
        return x
    m = re.match(r'iso:(\d{4}-\d\d-\d\d)$', rule)
    if m: return dt.date.fromisoformat(m.group(1))
    if rule == 'next_meeting': return dt.date.fromisoformat(nm) if nm else None
    raise ValueError(rule)

def iso(x): return x.isoformat() if x else None

def build(path):
    spec = importlib.util.spec_from_file_location('c', path); c = importlib.util.module_from_spec(spec); spec.loader.exec_module(c)
    rnd = random.Random(c.STEM)
    utts=[]; labels={}; t=rnd.uniform(3,8)
    for line in c.LINES.strip().split('\n'):
        line=line.strip()
        if not line: continue
        m = re.match(r'(S\d+)[:：]\s*(.*)$', line)
        assert m, line
        spk, text = m.groups()
        mm = re.search(r'(\s*@\w+)+\s*$', text)
        labs = re.findall(r'@(\w+)', mm.group(0)) if mm else []
        text = text[:mm.start()] if mm else text
        uid = 'u%04d' % (len(utts)+1)
        for lb in labs:
            assert lb not in labels, lb; labels[lb] = uid
        n = len(text) if c.LANG=='zh' else len(text.split())*1.6
        dur = round(max(1.0, n*rnd.uniform(0.22,0.3)),2)
        utts.append({'id':uid,'speaker':spk,'start':round(t,2),'end':round(t+dur,2),'text':text})
        t += dur + rnd.uniform(0.2,1.2)
    spk_used = {u['speaker'] for u in utts}
    assert spk_used <= set(c.SPEAKERS), spk_used - set(c.SPEAKERS)
    names = {a['name'] for a in c.MEETING['attendees']}
    for s,n in c.SPEAKERS.items(): assert n is None or n in names, n
    tr = {'schema':'minutes.transcript/1','language':c.LANG,'meeting':c.MEETING,
          'speakers':{s:{'name':n} for s,n in c.SPEAKERS.items()},'utterances':utts}
    def ev(l):
        out=[]
        for x in l:
            assert x in labels, (c.STEM, x); out.append(labels[x])
        return out
    md = c.MEETING['date']
    nm = None
    gold = {'schema':'minutes.gold/1'}
    if c.NEXT:
        n = dict(c.NEXT); rule = n.pop('date_rule')
        nm = iso(compute_due(md, rule, None)) if rule else None
        n2 = {'date':nm,'time':n.pop('time')}
        if 'ev' in n: n2['evidence']=ev(n.pop('ev'))
        n2['date_rule']=rule; n2.update(n); gold_nm = n2
    else: gold_nm = None
    decs=[]
    for d in c.DECISIONS:
        d=dict(d); e=ev(d.pop('ev')); decs.append({'text':d.pop('text'),'evidence':e,**d})
    acts=[]
    for a in c.ACTIONS:
        a=dict(a); e=ev(a.pop('ev')); rule=a.pop('due_rule')
        owner=a.pop('owner')
        assert owner is None or owner in names, owner
        dept=a.pop('department', None)
        if owner and dept is None:
            dept=[x['department'] for x in c.MEETING['attendees'] if x['name']==owner][0]
        item={'task':a.pop('task'),'owner':owner,'department':dept,'due':iso(compute_due(md,rule,nm)),
              'deliverable':a.pop('deliverable',None),'evidence':e,'due_rule':rule}
        item.update(a); acts.append(item)
    nas=[]
    for x in c.NOT_ACTIONS:
        x=dict(x); nas.append({'evidence':ev(x.pop('ev')),'why':x.pop('why'),**x})
    # not_action evidence must not overlap gold items of same kind
    dev_ids={i for d in decs for i in d['evidence']}; act_ids={i for a in acts for i in a['evidence']}
    for x in nas:
        k=x.get('kind_of','action') 
        s=set(x['evidence'])
        if s & act_ids and s & dev_ids: print('WARN overlap both', c.STEM, x)
        elif s & act_ids and x.get('target')!='decision': print('WARN overlap action', c.STEM, x['evidence'], x['why'])
        elif s & dev_ids and x.get('target')!='action': print('WARN overlap decision', c.STEM, x['evidence'], x['why'])
    gold.update({'decisions':decs,'action_items':acts,'next_meeting':gold_nm,'not_actions':nas})
    def res(o):
        if isinstance(o,str) and o.startswith('@'): return ev([o[1:]])[0]
        if isinstance(o,list): return [res(x) for x in o]
        if isinstance(o,dict): return {k:res(v) for k,v in o.items()}
        return o
    if getattr(c,'EXTRA',None): gold.update(res(c.EXTRA))
    for name,obj in (('transcript',tr),('gold',gold)):
        with open(os.path.join(OUT,f'{c.STEM}.{name}.json'),'w') as f: json.dump(obj,f,ensure_ascii=False,indent=2)
    print(f'{c.STEM}: {len(utts)} utts, {len(decs)} dec, {len(acts)} act, {len(nas)} not_actions, next={gold_nm and gold_nm["date"]} ({dt.date.fromisoformat(md).strftime("%a")} {md})')
    for a in acts: print('   ', a['due_rule'], '->', a['due'], '|', a.get('due_text'))
for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'cases','f_zh4*.py'))):
    if len(sys.argv)>1 and not any(s in p for s in sys.argv[1:]): continue
    build(p)
