class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", "default"), hasattr(c, "a"), hasattr(c, "b"))
setattr(c, "b", 2)
print(c.b, getattr(C, "a"))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
