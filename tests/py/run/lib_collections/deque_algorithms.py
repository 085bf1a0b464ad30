from collections import deque
def sliding_max(nums, k):
    q, out = deque(), []
    for i, n in enumerate(nums):
        while q and nums[q[-1]] <= n: q.pop()
        q.append(i)
        if q[0] == i - k: q.popleft()
        if i >= k - 1: out.append(nums[q[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        n = q.popleft(); order.append(n)
        for m in graph[n]:
            if m not in seen: seen.add(m); q.append(m)
    return order
print(bfs(1))
def josephus(n, k):
    d = deque(range(1, n + 1)); out = []
    while d:
        d.rotate(-(k - 1)); out.append(d.popleft())
    return out
print(josephus(7, 3))
def is_pal(s):
    d = deque(c for c in s.lower() if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop(): return False
    return True
print(is_pal("A man, a plan, a canal: Panama"), is_pal("abc"))
d = deque()
for i in range(100000): d.append(i)
for i in range(50000): d.popleft()
for i in range(1000): d.appendleft(-i)
print(len(d), d[0], d[-1], d[1000], sum(d) % 1000007)
d.rotate(12345); print(d[0], d[-1])
last3 = deque(maxlen=3)
for line in ["a", "b", "c", "d", "e"]: last3.append(line)
print(list(last3), last3.maxlen)
hist = deque([], 5); hist.extend(range(12)); hist.extendleft("xy"); print(hist)
q = deque("abcdef"); del q[2]; q.insert(-1, "Z"); q.remove("e"); print(q, q.index("Z"), q.count("a"))
q[1] = q[-1]; print(q, q.index("f", 2), q == deque("afdZf"))
print(deque(reversed(q)), list(reversed(deque())), deque(range(3)) * 0, deque([[1]]) + deque([[2]]))
