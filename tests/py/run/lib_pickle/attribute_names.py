# Unpickled instances get their attribute names through sys.intern (pickle's load_build), so the keys of
# their __dict__ are the same str objects as the attribute names of instances made by code.
import pickle
import sys


class C:
    pass


x = C()
x.foo = 42
x.bar = "hello"
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    y = pickle.loads(pickle.dumps(x, proto))
    print(proto, [a is b for a, b in zip(sorted(x.__dict__), sorted(y.__dict__))], vars(y))

z = C()
z.spam = 1
key = next(iter(vars(z)))
print(sys.intern("".join(["sp", "am"])) is key, sys.intern(key) is key)
