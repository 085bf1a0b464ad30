# Random operation sequences (seeded) over deque, OrderedDict, itertools, heapq, bisect and Counter;
# the checksum covers every intermediate result.
import random
from collections import deque, OrderedDict, Counter
from itertools import islice, permutations, combinations, product, groupby, accumulate, zip_longest, tee, pairwise, compress
import heapq, bisect
rng = random.Random(1234)
out = []
for trial in range(300):
    d = deque(maxlen=rng.choice([None, 3, 7, 20])); m = []
    for step in range(60):
        op = rng.randrange(10); v = rng.randrange(100)
        try:
            if op == 0: d.append(v)
            elif op == 1: d.appendleft(v)
            elif op == 2: out.append(d.pop())
            elif op == 3: out.append(d.popleft())
            elif op == 4: d.rotate(rng.randrange(-10, 10))
            elif op == 5: d.extend(range(v % 5))
            elif op == 6: d.extendleft(range(v % 4))
            elif op == 7: d.insert(rng.randrange(-5, 10), v)
            elif op == 8: d.remove(v % 10)
            elif op == 9: del d[rng.randrange(-3, 3)]
        except (IndexError, ValueError) as e:
            out.append(type(e).__name__ + str(e))
    out.append(list(d))
    od = OrderedDict()
    for step in range(40):
        k = rng.randrange(10); op = rng.randrange(5)
        try:
            if op == 0: od[k] = step
            elif op == 1: od.move_to_end(k, last=rng.random() < 0.5)
            elif op == 2: out.append(od.popitem(last=rng.random() < 0.5))
            elif op == 3: del od[k]
            elif op == 4: out.append(od.pop(k, None))
        except KeyError as e:
            out.append("KeyError")
    out.append(list(od.items()))
    xs = [rng.randrange(6) for _ in range(rng.randrange(7))]
    r = rng.randrange(4)
    out.append((list(permutations(xs, r))[:5], list(combinations(xs, r))[-3:], len(list(product(xs, repeat=min(r, 2)))),
                [(k, len(list(g))) for k, g in groupby(xs)], list(accumulate(xs)), list(zip_longest(xs, xs[1:], fillvalue=-1))[:3],
                list(pairwise(xs)), list(compress(xs, [1, 0] * 4)), list(islice(xs, 1, None, 2))))
    a, b = tee(xs); out.append((list(a), list(b)))
    h = list(xs); heapq.heapify(h); out.append([heapq.heappop(h) for _ in range(len(h))])
    s = sorted(xs); out.append((bisect.bisect_left(s, 3), bisect.bisect_right(s, 3)))
    out.append(sorted(Counter(xs).items()))

text = "\n".join(map(repr, out))
h = 0
for ch in text:
    h = (h * 131 + ord(ch)) % 2305843009213693951
print(len(out), len(text), h)
print(out[:3], out[-3:])
