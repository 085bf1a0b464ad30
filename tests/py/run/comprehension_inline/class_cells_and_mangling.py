# Inlined comprehensions in a class body: __class__ used directly is a missing global (NameError); a
# walrus in a comprehension finds the enclosing function's `global __x` under its mangled name. (A lambda in such a comprehension that uses __class__ gets the
# class cell in pypyts, as in CPython's later 3.14 releases, and __classdict__ likewise; the oracle's
# 3.14 raises SystemError for those.)
class E:
    def method(self):
        super()
        return __class__

    items = [(lambda: i) for i in range(5)]
    y = [x() for x in items]


print(E.y, E().method() is E)
try:
    exec("class i: [__class__ for x in [1]]", {})
except NameError as e:
    print("NameError", e)


class Foo:
    def f(self_):
        global __x1
        __x1 = 0
        [_Foo__x1 := 1 for a in [2]]
        print(__x1)
        [__x1 := 2 for a in [3]]
        print(__x1)


Foo().f()
print(_Foo__x1)  # noqa: F821
