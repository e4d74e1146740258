import json, collections
from common import R
import b1,b2,b3,b4,b5,b6,b7
ROOT = __import__('pathlib').Path(__file__).resolve().parents[1]  # the probe's folder
assert sorted(R)==list(range(2001,2041)), sorted(set(range(2001,2041))-set(R))
ORDER=["marker","aspect","status","ihc_score","percent","ratio","alteration","value","optional"]
with open(f'{ROOT}/labels.jsonl','w') as f:
    for i in sorted(R):
        kind,tests,text,labels=R[i]
        open(f'{ROOT}/texts/{i}.txt','w').write(text)
        ls=[{k:l[k] for k in ORDER if k in l} for l in labels]
        for l in ls: assert set(l)<=set(ORDER)
        f.write(json.dumps({"id":str(i),"markers":ls})+"\n")
c=collections.Counter(); o=collections.Counter(); st=collections.Counter(); mk=collections.Counter()
for i,(k,t,x,ls) in R.items():
    c[k]+=len(ls); o[k]+=sum(1 for l in ls if l.get("optional"))
    for l in ls: st[l["status"]]+=1; mk[l["marker"]]+=1
print(c, sum(c.values()), o, sum(o.values())); print(st); print(mk)
