import json, sys
sys.path.insert(0, '/work/probe7/gen')
import common, genomic, path
for f in genomic.ALL + path.ALL: f()
with open('/work/probe7/labels.jsonl', 'w') as fh:
    for rid in sorted(common.LABELS):
        fh.write(json.dumps({'id': rid, 'markers': common.LABELS[rid]}) + '\n')
json.dump(common.KINDS, open('/work/probe7/gen/kinds.json', 'w'), indent=1)
print(len(common.LABELS))
