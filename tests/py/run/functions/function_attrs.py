def f(a, b=1, *args, c, d=2, **kw):
    "docstring here"
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_name, f.__code__.co_varnames)
f.custom = 5
print(f.custom, f.__dict__)
class A:
    def m(self): pass
print(A.m.__qualname__)
