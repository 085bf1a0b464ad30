# Deleting function attributes (members become None, __name__/__qualname__/__dict__ refuse, read-only
# members say so), and cells: ordered by contents with empty cells first, unhashable.
import types
def b():
    "doc"
b.x = 1
for attr in ["__doc__", "__module__", "__defaults__", "__kwdefaults__", "__annotations__", "__dict__", "__name__", "__qualname__", "__closure__", "__globals__"]:
    try:
        delattr(b, attr)
        print(attr, "deleted ->", repr(getattr(b, attr, "<missing>"))[:40])
    except (TypeError, AttributeError) as e:
        print(attr, type(e).__name__, e)
c1, c2, e = types.CellType(2), types.CellType(3), types.CellType()
print(c1 < c2, c1 == types.CellType(2), e < c1, e == types.CellType(), c1 > e, c1 != c2)
try:
    hash(c1)
except TypeError as x:
    print("TypeError", x)
print(sorted([c2, e, c1], key=lambda c: c)[0] is e)
