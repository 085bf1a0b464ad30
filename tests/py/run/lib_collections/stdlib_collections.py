from collections import defaultdict, Counter, namedtuple, OrderedDict, ChainMap, UserDict, UserList
import copy

dd = defaultdict(list)
dd["a"].append(1); dd["b"]; dd["a"].append(2)
print(dd, dd.default_factory, len(dd), isinstance(dd, dict))
print(dd.copy(), type(dd.copy()).__name__, copy.copy(dd) == dd)
n = defaultdict(int, {"x": 1}, y=2); n["z"] += 5
print(n, sorted(n.items()))
print(defaultdict(None, a=1), defaultdict())
try: defaultdict(None)["missing"]
except KeyError as e: print("KeyError", e)
try: defaultdict(3)
except TypeError as e: print(e)
print(dd | {"c": [3]}, type(dd | {"c": 3}).__name__, {"q": 1} | defaultdict(int, r=2))
m = defaultdict(int); m |= {"k": 4}; print(m, m.get("nope"), "nope" in m)
print(dd.__reduce__()[:2], defaultdict(int).__reduce__()[1])
class DD(defaultdict): pass
print(DD(set, a={1}))
rec = defaultdict(list); rec.default_factory = rec.default_factory; print(rec)

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:4])
c.update("aaz"); c.subtract({"a": 10})
print(c["a"], c["z"], +c == Counter({k: v for k, v in c.items() if v > 0}))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5), Counter(a=2) | Counter(a=3, b=1), Counter(a=2, b=2) & Counter(a=1))
print(Counter([1, 1, 2]).total(), repr(Counter()), Counter("aab") == Counter("aba"))

P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]))
print(P.x.__doc__, type(P.__dict__["x"]).__name__)
try: p.x = 3
except AttributeError as e: print("AttributeError", e)
Q = namedtuple("Q", ["a", "b"], defaults=[0])
print(Q(1), Q._field_defaults, Q(1, 2) == (1, 2), hash(Q(1, 2)) == hash((1, 2)))
x, y = p; print(x + y, len(p), p.count(1), p.index(2))

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(list(od), od.popitem(), od.popitem(last=False), od)
od["z"] = 0; od.move_to_end("z", last=False); print(od, od == OrderedDict(z=0, b=2))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)
ud = UserDict(a=1); ud["b"] = 2; print(ud, len(ud), ud.data)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul[0], ul + [4])
