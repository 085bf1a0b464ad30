# OrderedDict iteration is the odict_iterator's: changing the keys while iterating (move_to_end, adding,
# deleting) is "OrderedDict mutated during iteration"; == compares key order and refuses a comparison
# that mutates either side; copy.copy and pickling keep instance attributes and slots
import copy
import pickle
from collections import OrderedDict

od = OrderedDict.fromkeys("abcde")
for label, action in [("move", lambda k: od.move_to_end(k)), ("add", lambda k: od.__setitem__("f", None)),
                      ("delete", lambda k: od.__delitem__("c")), ("move first", lambda k: od.move_to_end(k, False))]:
    seen = []
    try:
        for k in od:
            seen.append(k)
            action(k)
    except RuntimeError as e:
        print(label, seen, "RuntimeError:", e)
    print(list(od))

# replacing a value is not a mutation of the order
od = OrderedDict.fromkeys("abc", 0)
for k in od:
    od[k] += 1
print(od)

for view in ["keys", "values", "items"]:
    od = OrderedDict(zip("xyz", range(3)))
    it = iter(getattr(od, view)())
    print(view, type(it).__name__, next(it))
    od["w"] = 9
    try:
        next(it)
    except RuntimeError as e:
        print(view, "RuntimeError:", e)
    print(view, list(it))
    rit = reversed(getattr(od, view)())
    print(view, "reversed", type(rit).__name__, list(rit))
print(list(reversed(OrderedDict(zip("abc", "ABC")))))

class Key:
    count = 0
    def __init__(self, action=None):
        self.action = action
    def __eq__(self, other):
        Key.count += 1
        if Key.count == 2 and self.action:
            self.action()
        return True
    def __hash__(self):
        return 1

d1 = OrderedDict.fromkeys([0, Key(lambda: d1.clear()), 4.2])
d2 = OrderedDict.fromkeys([0, Key(), 4.2])
try:
    print(d1 == d2)
except RuntimeError as e:
    print("RuntimeError:", e, Key.count, dict(d1))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1) == OrderedDict(a=1))

class Slotted(OrderedDict):
    __slots__ = ("x", "y")

for cls in [OrderedDict, Slotted]:
    od = cls([("c", 1), ("b", 2)])
    od.x = ["x"]
    if cls is OrderedDict:
        od.z = ["z"]
    reduced = od.__reduce__()
    print(cls.__name__, reduced[0].__name__, reduced[1], reduced[2], type(reduced[4]).__name__)
    for dup in [copy.copy(od), copy.deepcopy(od), pickle.loads(pickle.dumps(od, 2)) if cls is OrderedDict else od.copy()]:
        print(type(dup).__name__, list(dup.items()), getattr(dup, "x", "no x"), dup.x is od.x if hasattr(dup, "x") else None)
print(hasattr(OrderedDict, "__copy__"))
