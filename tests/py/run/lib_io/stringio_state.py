import io
import copy

s = io.StringIO("abc\ndef", newline="")
s.read(2)
s.attr = 42
st = s.__getstate__()
print(st)
t = io.StringIO()
t.__setstate__(st)
print(repr(t.getvalue()), t.tell(), t.attr, t.newlines)
c = copy.copy(s)
print(type(c).__name__, repr(c.getvalue()), c.tell(), c.attr)
d = copy.deepcopy(s)
print(repr(d.read()), d.attr)
u = io.StringIO("x\ny")
print(u.__getstate__())
for bad in [(), ("a", None, 0), ("a", None, -1, None), (1, None, 0, None)]:
    try:
        io.StringIO().__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"xyz")
b.read(1)
b.tag = "t"
st = b.__getstate__()
print(st)
b2 = io.BytesIO()
b2.__setstate__(st)
print(b2.getvalue(), b2.tell(), b2.tag)
b3 = copy.deepcopy(b)
print(b3.read(), b3.tag)
