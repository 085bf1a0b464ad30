# classmethod/staticmethod copy the wrapped function's __module__, __name__, __qualname__ and __doc__
# into their own __dict__, and read __annotations__/__annotate__ through; singledispatchmethod
# registers classmethods and staticmethods by their annotations.
import functools


def f(x: int) -> str:
    "the doc"


for wrapper in (classmethod, staticmethod):
    o = wrapper(f)
    print(wrapper.__name__, o.__wrapped__ is f, o.__func__ is f)
    print(o.__name__, o.__qualname__, o.__doc__, o.__module__)
    print(sorted(o.__dict__))
    print(o.__annotations__, sorted(o.__dict__))
    print(o.__annotate__ is f.__annotate__)
    o.__annotations__ = {"y": float}
    print(o.__annotations__, f.__annotations__)
    del o.__annotations__
    try:
        del o.__annotations__
    except AttributeError as e:
        print("AttributeError:", e)
    o.extra = 5
    print(o.extra, o.__dict__["extra"])
    try:
        o.__dict__ = 3
    except TypeError as e:
        print("TypeError:", e)


class A:
    @functools.singledispatchmethod
    @classmethod
    def go(cls, arg: int):
        return ("int", cls.__name__)

    @go.register
    @classmethod
    def _(cls, arg: str):
        return ("str", cls.__name__)

    @functools.singledispatchmethod
    @staticmethod
    def st(arg: int):
        return "int"

    @st.register
    @staticmethod
    def _(arg: list):
        return "list"


print(A.go(1), A.go("x"), A().go("y"))
print(A.st(1), A.st([]), A().st(2))
print(A.go.__name__, A.st.__name__)
