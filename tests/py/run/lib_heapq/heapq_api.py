import heapq, _heapq, random
print(heapq.heappush is _heapq.heappush)
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data, heapq.heappop(data), data[0])
print(heapq.heapreplace(data, 10), heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data[0])
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq.heapify_max(m); print(m, heapq.heappop_max(m), heapq.heappop_max(m))
heapq.heappush_max(m, 7); print(m[0], heapq.heapreplace_max(m, 0), heapq.heappushpop_max(m, 100), m[0])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None)]:
    try: bad()
    except (IndexError, TypeError) as e: print(type(e).__name__, e)
try: heapq.heappush([1], "a")
except TypeError as e: print(e)
rng = random.Random(5)
vals = [rng.randrange(1000) for _ in range(300)]
h = []
for v in vals: heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(300)] == sorted(vals))
h = list(vals); heapq.heapify(h); print(all(h[i] <= h[c] for i in range(300) for c in (2*i+1, 2*i+2) if c < 300))
tasks = []
heapq.heappush(tasks, (2, "write")); heapq.heappush(tasks, (1, "read")); heapq.heappush(tasks, (3, "exec"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
