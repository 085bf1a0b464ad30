# typing.Union (3.14: the type of int | str): its attributes, what `|` and Union[...] accept (strings
# become ForwardRefs), isinstance/issubclass over the arguments, and the errors for calling, iterating
# and subclassing a union.
import typing
from typing import Any, Optional, TypeVar, Union


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


U1 = Union[int, str]
X = TypeVar("X")
show("u|float", lambda: U1 | float)
show("u|'float'", lambda: U1 | "float")
show("'float'|u", lambda: "float" | U1)
show("float|u", lambda: float | U1)
show("u|1", lambda: U1 | 1)
show("1|u", lambda: 1 | U1)
show("u|[1]", lambda: U1 | [1])
show("u|None", lambda: U1 | None)
show("None|u", lambda: None | U1)
show("int|1", lambda: int | 1)
show("int|'str'", lambda: int | "str")
show("Union[int,'str']", lambda: Union[int, "str"])
show("X|'x'", lambda: X | "x")
show("'x'|X", lambda: "x" | X)
show("X|1", lambda: X | 1)
show("X|None", lambda: X | None)
show("(X|'x').__args__", lambda: (X | "x").__args__)
show("origin", lambda: Union[X, int].__origin__ is Union)
show("origin2", lambda: (int | str).__origin__)
show("name", lambda: ((int | str).__name__, (int | str).__qualname__, (int | str).__module__))
show("Union.__name__", lambda: Union.__name__)
show("call", lambda: (int | str)())
show("Union()", lambda: Union())
show("type(u)()", lambda: type(Union[int, str])())
show("iter", lambda: iter(int | str))
show("list", lambda: list(int | str))
show("isinstance generic", lambda: isinstance(42, Union[str, list[int]]))
show("isinstance generic2", lambda: isinstance(42, Union[list[int], int]))
show("isinstance Any", lambda: isinstance(42, Union[str, Any]))
show("isinstance Any2", lambda: isinstance(42, Union[Any, int]))
show("isinstance int", lambda: isinstance(42, Union[int, Any]))
show("issubclass Any", lambda: issubclass(int, Union[str, Any]))
show("issubclass generic", lambda: issubclass(int, Optional[list[int]]))
show("issubclass 1", lambda: issubclass(1, int | str))
show("isinstance None", lambda: isinstance(None, Optional[int]))
show("issubclass bool", lambda: issubclass(bool, int | str))


def fun() -> int: ...


show("repr fun", lambda: Union[fun, int])
show("mro_entries", lambda: (int | str).__mro_entries__((int,)))


def subclass_union():
    class E(Union[int, str]):
        pass


show("subclass", subclass_union)


def subclass_or():
    class E(int | str):
        pass


show("subclass2", subclass_or)
show("hash", lambda: hash(int | str) == hash(str | int))
show("dict", lambda: {int | str: 1}[str | int])
show("dedup", lambda: Union[int, list[int], list[int]])
show("nested list", lambda: Union[[int], str])
show("reduce", lambda: (int | str).__reduce__())
show("callable", lambda: typing.get_args(int | typing.Callable[[], int]))
show("dict arg", lambda: Union[int, {}])
show("ints", lambda: Union[1, 2])
show("empty", lambda: Union[()])
show("single", lambda: (Union[int], Union[None]))
show("eq", lambda: (Union[int, None] == Optional[int], (int | str) == (str | int)))
show("subst", lambda: (Union[X, int][str], (X | int)[str], (list[X] | int)[str]))
show("not generic", lambda: Union[int, str][int])
show("type", lambda: (type(int | str), typing.Union is type(int | str), (int | str).__parameters__))
show("doc", lambda: (int | str).__doc__)
show("list alias", lambda: (Union[int, str] | typing.List[int], typing.List[int] | int))
type Pair = tuple[int, int]
print(hasattr(Pair, "__qualname__"), Pair.__name__, Pair.__module__, Pair | None, None | Pair, Pair | int)
