import heapq, itertools
class Task:
    def __init__(self, pri, name): self.pri, self.name = pri, name
    def __lt__(self, other): return self.pri < other.pri
    def __repr__(self): return f"Task({self.pri},{self.name})"
h = []
for t in [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2")]:
    heapq.heappush(h, t)
print([heapq.heappop(h).name for _ in range(4)])
counter = itertools.count()
entries = []
for pri, name in [(2, "x"), (1, "y"), (2, "z"), (1, "w")]:
    heapq.heappush(entries, (pri, next(counter), name))
print([heapq.heappop(entries)[2] for _ in range(4)])
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]), heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nsmallest(2, ["apple", "fig", "banana"], key=len), heapq.nlargest(1, [], key=len), heapq.nsmallest(0, [1]))
print(heapq.nlargest(10, range(4)), heapq.nsmallest(1, iter([3, 2, 1])))
print(list(heapq.merge(["a", "cc"], ["bbb"], key=len)), list(heapq.merge()), list(heapq.merge([1, 3], [])))
def heapsort(it):
    h = []
    for v in it: heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([3.5, -1, 2, 10, 0]), heapsort("heapsort"))
h = [1]
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 5), h, heapq.heapreplace(h, 0), h)
class Bad:
    def __lt__(self, o): raise ValueError("no order")
try: heapq.heappush([Bad()], Bad())
except ValueError as e: print(e)
class Shrink:
    def __init__(self, lst): self.lst = lst
    def __lt__(self, o): self.lst.clear(); return True
lst = []
lst.append(Shrink(lst)); 
try: heapq.heappush(lst, Shrink(lst))
except RuntimeError as e: print(e)
