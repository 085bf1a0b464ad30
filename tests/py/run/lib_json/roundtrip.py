import json, random

rng = random.Random(1234)
def gen(depth):
    k = rng.randrange(9 if depth < 4 else 6)
    if k == 0: return rng.randrange(-10**6, 10**6)
    if k == 1: return rng.random() * 10 ** rng.randrange(-5, 20)
    if k == 2: return ''.join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0xa0, 0x3000), rng.randrange(0x1f300, 0x1f600), 10, 9, 34, 92])) for _ in range(rng.randrange(8)))
    if k == 3: return rng.choice([True, False, None])
    if k == 4: return 2 ** rng.randrange(60, 120)
    if k == 5: return -rng.random()
    if k in (6, 7): return [gen(depth + 1) for _ in range(rng.randrange(5))]
    return {gen_key(): gen(depth + 1) for _ in range(rng.randrange(5))}
def gen_key():
    return ''.join(rng.choice('abcxyz\u00e9\u4e00"\\') for _ in range(rng.randrange(1, 6)))
docs = [gen(0) for _ in range(300)]
total = 0
for d in docs:
    for kw in [{}, {'ensure_ascii': False}, {'indent': 2, 'sort_keys': True}, {'separators': (',', ':')}]:
        s = json.dumps(d, **kw)
        assert json.loads(s) == d, s
        total += len(s)
print(total)
print(json.dumps(docs[:3]))
print(json.dumps(docs[5], indent=1, sort_keys=True, ensure_ascii=False)[:500])
big = {'items': [{'id': i, 'v': [i * 0.5, str(i), None, i % 3 == 0]} for i in range(2000)]}
s = json.dumps(big)
print(len(s), json.loads(s) == big, s[:80], s[-60:])
