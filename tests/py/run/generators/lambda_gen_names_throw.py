# A generator lambda returns its body's value (StopIteration.value); generator __name__/__qualname__
# only take str and cannot be deleted; throw(type, value, tb) is deprecated; a genexpr whose hidden
# iterator was replaced by a non-iterator reports it.
import types
import warnings

f = lambda: (yield 1)
g = f()
print(type(g) is types.GeneratorType, next(g))
try:
    g.send(2)
except StopIteration as e:
    print("StopIteration value", e.value)

f2 = lambda: (yield from f())
g2 = f2()
next(g2)
try:
    g2.send(5)
except StopIteration as e:
    print("yield from value", e.value)


def gen():
    yield 1


x = gen()
x.__name__ = "renamed"
x.__qualname__ = "Q.renamed"
print(x.__name__, x.__qualname__)
for attr, value in (("__name__", 123), ("__qualname__", None)):
    try:
        setattr(x, attr, value)
    except TypeError as e:
        print("TypeError:", e)
    try:
        delattr(x, attr)
    except TypeError as e:
        print("TypeError:", e)

y = gen()
next(y)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        y.throw(TypeError, TypeError(24), None)
    except TypeError as e:
        print("TypeError", e)
print([(i.category.__name__, str(i.message)) for i in w])


def genexpr():
    return (x for x in range(10))


for obj in ([1, 2], {3: 4}, 42, None):
    ge = genexpr()
    ge.gi_frame.f_locals[".0"] = obj
    try:
        print(list(ge))
    except TypeError as e:
        print("TypeError:", e)
    fn = types.FunctionType(genexpr().gi_code, {})
    try:
        print(list(fn(obj)))
    except TypeError as e:
        print("TypeError:", e)
    print(list(fn(iter(obj))) if obj is not None and obj != 42 else "-")

for src in ("f = lambda: (yield from (1, 2)), (yield from (3, 4))", "x = yield 1", "class C: yield from ()"):
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
