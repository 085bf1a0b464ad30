# weakref.ref takes no keyword arguments (its subclasses may); a proxy forwards reversed() and bytes().
import weakref

class C:
    pass

c = C()
try:
    weakref.ref(c, callback=None)
except TypeError as e:
    print("TypeError", e)
print(weakref.ref(c, None)() is c)

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.extra = extra

r = MyRef(c, None, tag="t")
print(r() is c, r.extra)

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
    def __reversed__(self):
        return iter("cba")
    def __bytes__(self):
        return b"seq"

s = Seq()
p = weakref.proxy(s)
print("".join(reversed(p)), bytes(p), len(p), p[1])

class NoRev:
    pass

n = NoRev()
try:
    reversed(weakref.proxy(n))
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
