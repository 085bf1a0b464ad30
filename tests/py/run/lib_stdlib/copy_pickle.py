# copy (shallow/deep, memo for cycles, __copy__/__deepcopy__, __reduce_ex__) and pickle round trips
# of builtins, nested containers, classes with __getstate__/__setstate__, protocols 0-5.
import copy
import pickle


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.value!r}, {self.children!r})"


class Counter:
    def __init__(self):
        self.n = 0
        self.cache = {"big": "data"}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow.children is tree.children, deep.children is tree.children, deep)
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc[:2])
print(copy.copy({1: [2]}), copy.deepcopy((1, [2], {3: 4})), copy.copy(5))

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = {"int": 2**70, "float": -0.5, "str": "héllo", "bytes": b"\x00\xff", "tuple": (1, (2, 3)),
            "list": [None, True, False], "set": {1, 2}, "frozen": frozenset("ab"), "complex": 1 + 2j}
    back = pickle.loads(pickle.dumps(data, protocol=proto))
    print(proto, back == data, type(back["frozen"]).__name__)
t2 = pickle.loads(pickle.dumps(tree))
print(t2, type(t2).__name__)
c = Counter()
c.n = 7
c2 = pickle.loads(pickle.dumps(c))
print(c2.n, c2.cache)
s = pickle.loads(pickle.dumps(Slotted(1, "x"), protocol=2))
print(s.a, s.b)
shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1])
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError, TypeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError")  # the C and Python unpicklers word it differently
print(pickle.dumps(None, protocol=0), pickle.dumps(True, protocol=2), pickle.loads(pickle.dumps(range(3, 9, 2))))
