# A generator's (or coroutine's) __name__/__qualname__ is one object: reading it twice gives the same
# str, and an assigned str is kept as is; types.coroutine's wrapper passes them through.
import types

def gen_func():
    yield 1
    return (yield 2)

g = gen_func()
print(g.__name__ is g.__name__, g.__qualname__ is g.__qualname__, g.__name__, g.__qualname__)
s = "".join(["re", "named"])
g.__name__ = s
print(g.__name__ is s, g.__name__)
q = "".join(["Q.", "x"])
g.__qualname__ = q
print(g.__qualname__ is q, g.__qualname__)

gen = gen_func()
@types.coroutine
def foo():
    return gen
for name in ("__name__", "__qualname__", "gi_code", "gi_running", "gi_frame"):
    print(name, getattr(foo(), name) is getattr(gen, name))

async def coro():
    pass
c = coro()
print(c.__name__ is c.__name__, c.__qualname__)
c.close()
