# locals() inside a class-level comprehension: the hidden fast locals plus the class body's cells (3.14 gives
# a class with a def the __classdict__ cell) and free variables; a closure over the comprehension's variable.
class A:
    f = lambda self: 0
    r = [list(locals()) for w in range(1)]
class B:
    class Inner: pass
    r = [list(locals()) for w in range(1)]
class C:
    async def g(self): pass
    r = [list(locals()) for w in range(1)]
class D:
    def g[T](self): pass
    r = [list(locals()) for w in range(1)]
class E:
    @staticmethod
    def h(): pass
    r = [list(locals()) for w in range(1)]
print(A.r, B.r, C.r, D.r, E.r)


def f():
    z = 0

    class C:
        r = [(lambda: z)() for z in (1, 2)]
        t = z

        def m(self):
            return [sorted(locals()) for q in range(1)]

    return C.r, C.t, C().m()


print(f())
