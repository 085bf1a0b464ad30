# AttributeError.name/.obj and ImportError.name_from/.path set by failed lookups, the "Did you mean"
# suggestions traceback computes from them, "Did you forget to import" for stdlib names, and the uncaught
# error's last line (checked against CPython's stderr).
import re
import sys
import traceback


class Point:
    radius = 1

    def area(self):
        return self.radiu


def last_line(exc):
    return traceback.format_exception_only(exc)[-1].rstrip("\n")


try:
    Point().radis
except AttributeError as e:
    print(e.name, type(e.obj).__name__, last_line(e))
try:
    Point.aera
except AttributeError as e:
    print(e.name, e.obj is Point, last_line(e))
try:
    sys.pathh
except AttributeError as e:
    print(e.name, e.obj is sys, last_line(e))
try:
    Point().area()
except AttributeError as e:
    print(last_line(e))
try:
    "abc".uper()
except AttributeError as e:
    print(e.name, repr(e.obj), last_line(e))
try:
    from os import pathx
except ImportError as e:
    print(e.name, e.name_from, e.path is not None, re.sub(r" \(.*\)", "", last_line(e)))
try:
    math.floor(1.5)
except NameError as e:
    print(e.name, last_line(e))
try:
    prnt("x")
except NameError as e:
    print(last_line(e))
fresh = AttributeError("plain")
print(fresh.name, fresh.obj)
print(AttributeError("m", name="n", obj=3).obj)
print("stdlib names:", "json" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names)

collection = [1, 2]
print(colection)
