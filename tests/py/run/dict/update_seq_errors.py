# dict.update/dict() of a sequence whose element is no pair: TypeError "object is not iterable" (or the
# iteration error) with a note naming the element, as CPython 3.14
for arg in ([object() for _ in range(3)], [(1, 2), 5], [(1, 2), "ab", "abc"]):
    try:
        d = {}
        d.update(arg)
        print(d)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "__notes__", None))
def badgen():
    yield "key"
    raise TypeError("oops")
try:
    dict([badgen() for _ in range(3)])
except TypeError as e:
    print(e, e.__notes__)
