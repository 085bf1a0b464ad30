# _suggestions._generate_suggestions (traceback's C helper in CPython 3.14): the nearest name, None, argument errors.
import _suggestions, traceback
print(_suggestions._generate_suggestions(["apple", "banana", "apply"], "appel"))
print(_suggestions._generate_suggestions(["a", "b"], "zzzzzz"))
print(_suggestions._generate_suggestions([], "x"))
print(_suggestions._generate_suggestions(["Foo", "foo"], "FOO"))
for bad in [("notlist", "x"), (["a", 1], "x"), (("a",), "x")]:
    try:
        _suggestions._generate_suggestions(*bad)
    except TypeError as e:
        print("TypeError:", e)
class C:
    spam = 1
try:
    C().spma
except AttributeError as e:
    print(traceback.format_exception_only(e)[-1], end="")
try:
    pritn("x")
except NameError as e:
    print(traceback.format_exception_only(e)[-1], end="")
