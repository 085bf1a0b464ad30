# Class bodies inside functions: comprehension variables that are also free variables of the class body,
# closures over them, and __class__ (never visible in a class-level comprehension).
def f():
    v = 1

    class C:
        v = 2
        r = [v for _ in range(1)]

        def m(self):
            return v

    return C.r, C.v, C().m()


print(f())


def g():
    u = 1

    class C:
        r = [u for u in range(2)]
        s = [lambda: u for u in range(2)]
        t = u

    return C.r, [h() for h in C.s], C.t, u


print(g())


class K:
    def m(self):
        class Inner:
            try:
                r = [__class__ for _ in range(1)]
            except NameError as e:
                r = str(e)

        return Inner.r, [__class__ for _ in range(1)]


print(K().m())
