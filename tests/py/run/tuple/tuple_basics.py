t = (1, "a", [2])
print(t, t[1], t[-1], t[1:], len(t), t + (3,), t * 2, (1,) * 0, () == tuple(), (1) == 1, (1,) == 1)
print(t.index("a"), t.count(1), 1 in t, tuple("ab"), tuple([1, 2]), tuple(x for x in range(3)))
t[2].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
