f = frozenset([1, 2, 3])
print(sorted(f), type(f | {4}).__name__, type({4} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset([3, 2, 1])))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})], frozenset(), repr(frozenset()), set() == frozenset())
try:
    f.add(4)
except AttributeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
