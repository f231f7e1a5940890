import json,sys
stem=sys.argv[1]
gd=json.load(open(stem+'.gold.json')); tr=json.load(open(stem+'.transcript.json'))
tag={}
for k,p in (('decisions','D'),('action_items','A'),('not_actions','N')):
    for i,x in enumerate(gd[k]):
        for e in x['evidence']: tag.setdefault(e,[]).append(f'{p}{i+1}')
if gd['next_meeting']:
    for e in gd['next_meeting'].get('evidence',[]): tag.setdefault(e,[]).append('NM')
for u in tr['utterances']:
    print(u['id'],u['speaker'],','.join(tag.get(u['id'],[])).ljust(6),u['text'])
for k,p in (('decisions','D'),('action_items','A'),('not_actions','N')):
    for i,x in enumerate(gd[k]):
        print(f'{p}{i+1}', x.get('text') or x.get('task') or x.get('why'), '|', x.get('owner',''), x.get('department',''), x.get('due',''))
print('NM',gd['next_meeting'])
