# PEP 695 scopes: generator expressions and comprehensions in the bases of a generic class nested in a
# generic class see the outer type parameter (not the class attribute of the same name), while the bases
# themselves see the class namespace; the same for annotations of generic methods.
def make_base(arg):
    class Base:
        __arg__ = arg
    return Base


class C[T]:
    T = "class"

    class Inner[U](make_base(T for _ in (1,)), make_base(T)):
        pass

    class Inner2[U](make_base([T for _ in (1,)]), make_base(T)):
        pass

    class Inner3[U](make_base({T: T for _ in (1,)}), make_base((lambda: T)())):
        pass

    def meth[U](x: (T for _ in (1,)), y: T):
        pass


tp = C.__type_params__[0]
for inner in (C.Inner, C.Inner2, C.Inner3):
    b1, b2, gen = inner.__bases__
    a1 = b1.__arg__
    a1 = a1 if isinstance(a1, (list, dict)) else list(a1)
    print(inner.__name__, a1 == [tp] or a1 == {tp: tp}, b2.__arg__, gen.__name__, inner.__type_params__)
ann = C.meth.__annotations__
print(list(ann["x"]) == [tp], ann["y"])


def outer():
    T = str

    class K:
        T = int

        class D[U](T):
            x = T
            y = [T for _ in (1,)]
    return K


K = outer()
print(int in K.D.__bases__, K.D.x, K.D.y)
