# Slots are laid out in sorted (mangled) name order whatever order __slots__ lists them in: the member
# descriptors enter the class dict sorted, and classes declaring the same slots in another order share a
# layout, so __class__ can be assigned between them and values stay under their names.
class A:
    __slots__ = ("b", "a", "__x", "c")
    z = 1

print(list(A.__dict__), A.__slots__)

class G:
    __slots__ = ["a", "b"]

class H:
    __slots__ = ["b", "a"]

x = G()
x.a = 1
x.b = 2
x.__class__ = H
print(type(x).__name__, x.a, x.b)
x.__class__ = G
print(type(x).__name__, x.a, x.b)

class I(G):
    __slots__ = ["d", "c"]

print([k for k in I.__dict__ if not k.startswith("__")])
i = I()
i.a, i.b, i.c, i.d = "abcd"
print(i.a, i.b, i.c, i.d)

class J:
    __slots__ = ["a", "c"]

try:
    x.__class__ = J
except TypeError as e:
    print("TypeError", e)

try:
    class K:
        __slots__ = ("y", "x")
        x = 1
except ValueError as e:
    print("ValueError", e)

class Q:
    pass

class R:
    __slots__ = ["__dict__", "__weakref__"]

y = Q()
y.a = 5
y.__class__ = R
print(type(y).__name__, y.a)
for target in (G, Q):
    try:
        y.__class__ = target
        print("assigned", target.__name__)
    except TypeError as e:
        print("TypeError", e)
