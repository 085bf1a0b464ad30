def f(a, b, *c, d, **e):
    x = 1
    def g():
        return x
    return g
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_filename.split("/")[-1])
print(co.co_varnames, co.co_cellvars, co.co_firstlineno, type(co.co_code).__name__, co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0)
