# types.FunctionType(code, globals, name, argdefs, closure, kwdefaults): argument checks of func_new.
import types

def ex(a, /, b, *, c):
    return a + b + c

class D(dict):
    pass

for kw in [3, [("c", 3)], {"c": 3}, D(c=4), None]:
    try:
        f = types.FunctionType(ex.__code__, {}, "func", None, None, kw)
        print(f.__kwdefaults__, f.__defaults__)
    except TypeError as e:
        print("TypeError:", e)
for argdefs in [1, [1], (1,)]:
    try:
        f = types.FunctionType(ex.__code__, {}, "func", argdefs, None, {"c": 3})
        print(f.__defaults__, f(1, c=2) if argdefs == (1,) else None)
    except TypeError as e:
        print("TypeError:", e)
f = types.FunctionType(ex.__code__, {}, "func", (1, 2), None, {"c": 3})
print(f(5, 6), f.__name__)
