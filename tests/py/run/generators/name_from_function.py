# A generator or coroutine takes __name__/__qualname__ from its function as it is when called (they may
# have been reassigned), not from the code object; a generator expression's come from its code.
def func():
    yield 1

g1 = func()
func.__name__ = "func_name"
func.__qualname__ = "func_qualname"
g2 = func()
print(g1.__name__, g1.__qualname__)
print(g2.__name__, g2.__qualname__, g2.gi_code.co_name)

async def coro():
    pass

coro.__name__ = "renamed"
c = coro()
print(c.__name__, c.__qualname__)
c.close()

async def agen():
    yield 1

agen.__qualname__ = "A.agen"
a = agen()
print(a.__name__, a.__qualname__)

class K:
    def method(self):
        yield self

m = K().method()
print(m.__name__, m.__qualname__)
print((x for x in ()).__name__)
for attr, bad in (("__name__", 123), ("__qualname__", None)):
    try:
        setattr(g2, attr, bad)
    except TypeError as e:
        print("TypeError", e)
