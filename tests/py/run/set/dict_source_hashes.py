# Sets built from, or compared with, an exact dict reuse the dict's stored hashes (CPython's _PyDict_Next with
# the hash), and dict.fromkeys of an exact dict, set or frozenset reuses theirs: keys with a counting
# __hash__ are not hashed again.
class H(int):
    hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
for thetype in (set, frozenset):
    n = 10
    d = dict.fromkeys(map(H, range(n)))
    print(sum(e.hash_count for e in d))
    s = thetype(d)
    print(sum(e.hash_count for e in d), sorted(s))
    s.difference(d)
    print(sum(e.hash_count for e in d))
    if thetype is set:
        s.symmetric_difference_update(d)
        print(sum(e.hash_count for e in d), s)
        s.update(d)
        print(sum(e.hash_count for e in d), len(s))
d = {"a": 1, 2: 3, (1, 2): 4, 1.5: 0}
print(sorted(set(d), key=repr), set(d) - {"a"} == {2, (1, 2), 1.5}, {"a", 9}.difference(d), sorted({"a", 9} ^ set() | set(), key=repr))
s = {"a", 9}; s.symmetric_difference_update(d); print(sorted(s, key=repr))
for thetype in (set, frozenset):
    d = dict.fromkeys(map(H, range(5)))
    before = sum(e.hash_count for e in d)
    d2 = dict.fromkeys(thetype(d))
    d3 = dict.fromkeys(thetype(d), 123)
    d4 = dict.fromkeys(d, 7)
    print(sum(e.hash_count for e in d) - before, sorted(d2), sorted(d3.items()), d3 == dict.fromkeys(d, 123), sorted(d4.items()))
class MyDict(dict): pass
print(type(MyDict.fromkeys({1, 2})).__name__, sorted(MyDict.fromkeys(frozenset("ab"), 0).items()), dict.fromkeys({"x": 1, "y": 2}))
