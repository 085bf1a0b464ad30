def gen():
    yield 1
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(gen.__code__.co_flags & 0x20 != 0)
