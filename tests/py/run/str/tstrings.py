# PEP 750 template strings: Template/Interpolation attributes, iteration, concatenation, constructors,
# their errors, pattern matching and pickling support.
from string.templatelib import Template, Interpolation, convert
name = "World"; x = 3.14159
t = t"Hello {name}! {x:.2f} {name!r:>10} {x=}"
print(repr(t))
print(t.strings, t.values)
print(list(t))
i = t.interpolations[1]
print(i.value, i.expression, i.conversion, i.format_spec, Interpolation.__match_args__)
print(repr(Interpolation(1)), repr(Template()), repr(Template("a", "b", Interpolation(2, "y"), Interpolation(3))))
print(repr(t"a" + t"{name}"), type(t).__name__, type(t).__module__, type(i).__module__)
for bad in [lambda: t + "s", lambda: "s" + t, lambda: Template(1), lambda: Template(x=1), lambda: Interpolation(1, 2), lambda: Interpolation(1, "e", "q"), lambda: Interpolation(1, "e", None, 5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
try:
    i.value = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(t == t, t == t"x")
match i:
    case Interpolation(v, e, c, f): print("match", v, e, c, f)
print(convert(3, 'r'), convert("s", None))
print(t.__reduce__()[0].__name__, len(t.__reduce__()[1]))
print(bool(Template()), bool(t""))
print(t"{1}{2}".strings, t"{1} {2}" .values)
print(str(t)[:9])
