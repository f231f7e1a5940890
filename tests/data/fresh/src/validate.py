import json,glob,datetime as dt,re,sys,os
ok=True
def bad(*a):
    global ok; ok=False; print('ERROR',*a)
W=dict(mon=0,tue=1,wed=2,thu=3,fri=4,sat=5,sun=6)
for g in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '*.gold.json'))):
    stem=g[:-10]
    try:
        gd=json.load(open(g)); tr=json.load(open(stem+'.transcript.json'))
    except Exception as e: bad(stem,e); continue
    assert tr['schema']=='minutes.transcript/1' and gd['schema']=='minutes.gold/1'
    ids=[u['id'] for u in tr['utterances']]
    if len(set(ids))!=len(ids): bad(stem,'dup ids')
    if not (30<=len(ids)<=150): bad(stem,'len',len(ids))
    for u in tr['utterances']:
        if u['speaker'] not in tr['speakers']: bad(stem,'speaker',u)
        if 'words' in u: bad(stem,'words present')
    if 'audio' in tr: bad(stem,'audio present')
    md=dt.date.fromisoformat(tr['meeting']['date'])
    roster={a['name']:a['department'] for a in tr['meeting']['attendees']}
    for s,v in tr['speakers'].items():
        if v['name'] and v['name'] not in roster: bad(stem,'speaker name',v)
    if tr['meeting']['host'] not in roster or tr['meeting']['recorder'] not in roster: bad(stem,'host/recorder')
    S=set(ids)
    def chk(ev,where):
        if not ev: bad(stem,where,'empty evidence')
        for e in ev:
            if e not in S: bad(stem,where,'missing',e)
    dec=set();act=set()
    for d in gd['decisions']: chk(d['evidence'],'dec'); dec|=set(d['evidence'])
    for a in gd['action_items']:
        chk(a['evidence'],'act'); act|=set(a['evidence'])
        for k in ('task','owner','department','due','deliverable','evidence'):
            if k not in a: bad(stem,'missing key',k,a['task'])
        if a['owner'] is not None:
            if a['owner'] not in roster: bad(stem,'owner',a['owner'])
            elif roster[a['owner']]!=a['department']: bad(stem,'dept',a['owner'],a['department'])
        if a['due'] is not None:
            d=dt.date.fromisoformat(a['due'])
            if d<md: bad(stem,'due before meeting',a['task'])
            r=a.get('due_rule') or ''
            m=re.match(r'(this|next|next2):(\w+)',r)
            if m and d.weekday()!=W[m.group(2)]: bad(stem,'weekday',a['task'])
    for n in gd['not_actions']:
        chk(n['evidence'],'na')
        if set(n['evidence'])&(dec|act): bad(stem,'not_action overlaps gold',n)
    nm=gd['next_meeting']
    if nm:
        if nm['date']: dt.date.fromisoformat(nm['date'])
        if nm['time'] and not re.fullmatch(r'\d\d:\d\d',nm['time']): bad(stem,'time')
        if nm.get('evidence'): chk(nm['evidence'],'nm')
    print(f"{stem.split('/')[-1]:42s} {md} {md.strftime('%a')} utts={len(ids):3d} dec={len(gd['decisions'])} act={len(gd['action_items'])} na={len(gd['not_actions'])} next={nm and nm['date']} {nm and nm['time']}")
print('OK' if ok else 'FAILED')
