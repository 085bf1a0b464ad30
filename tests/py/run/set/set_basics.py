s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(sorted(s), len(s), 1 in s, 3 in s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {2} < a, a.isdisjoint({9}), a > {1})
print(sorted(a.union([9], (8,))), sorted(a.intersection(b, {3})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(set(), set("aab") == {"a", "b"}, sorted(set([3, 3, 1])), {1, 2} == {2, 1}, len({1, 1.0, True}))
