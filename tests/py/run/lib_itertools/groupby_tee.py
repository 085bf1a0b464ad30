from itertools import groupby, tee, count, islice
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
for k, g in groupby(data, key=lambda p: p[0]):
    print(k, [v for _, v in g])
groups = list(groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
g = groupby("aaabb")
k1, grp1 = next(g)
print(k1, next(grp1))
k2, grp2 = next(g)
print(k2, list(grp1), list(grp2))
print([k for k, _ in groupby([])], [len(list(g)) for k, g in groupby("xxyxx")])
print([(k, list(g)) for k, g in groupby(sorted("mississippi"))])
print([(k, len(list(g))) for k, g in groupby(range(10), key=lambda x: x // 3)])
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v % 2 == o.v % 2
    def __repr__(self): return f"C{self.v}"
print([(k, list(g)) for k, g in groupby([Cmp(1), Cmp(3), Cmp(2), Cmp(4), Cmp(5)])])
def gen():
    for i in range(5):
        print("gen", i)
        yield i
a, b = tee(gen())
print(next(a), next(a), next(b), list(a), list(b))
c, d = tee(count())
print(list(islice(c, 3)), list(islice(d, 5)), next(c), next(d))
x, = tee([1, 2], 1); print(type(x).__name__, list(x))
t1, t2 = tee("abc")
t3 = t1.__copy__(); print(next(t1), list(t3), list(t1), list(t2))
u1, u2 = tee(t2); print(list(u1), list(u2))
s1, s2 = tee(iter([1, 2, 3]))
next(s1); s3, s4 = tee(s1); print(list(s3), list(s4), list(s2))
print(type(tee([])).__name__, len(tee([], 5)))
