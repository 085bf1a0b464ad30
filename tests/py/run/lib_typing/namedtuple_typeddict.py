# types.FunctionType(code, globals, name, argdefs, closure, kwdefaults), which annotationlib uses, so typing.NamedTuple
# and TypedDict classes work
import types
def f(a, b=2, *, c=3):
    return a + b + c
g = types.FunctionType(f.__code__, globals(), "g", (10,), None, {"c": 100})
print(g.__name__, g(1), g.__defaults__, g.__kwdefaults__, g.__module__)
h = types.FunctionType(f.__code__, {"__name__": "other"})
print(h.__module__, h(1, 2, c=3), h.__name__)
def outer():
    x = 1
    def inner(): return x
    return inner
i = outer()
try: types.FunctionType(i.__code__, {})
except TypeError as e: print(type(e).__name__, e)
try: types.FunctionType(i.__code__, {}, None, None, ())
except ValueError as e: print(type(e).__name__, e)
try: types.FunctionType(i.__code__, {}, None, None, (1,))
except TypeError as e: print(type(e).__name__, e)
print(types.FunctionType(i.__code__, {}, None, None, i.__closure__)())
from typing import NamedTuple, TypedDict, Required
class NT(NamedTuple):
    x: int
    y: str = "s"
print(NT(1), NT._fields, NT.__annotations__)
class TD(TypedDict, total=False):
    a: int
    b: Required[str]
print(TD.__required_keys__, TD.__optional_keys__, TD(a=1))
