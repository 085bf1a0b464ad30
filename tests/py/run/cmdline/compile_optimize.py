# compile()'s optimize argument: -1 is the interpreter's level (sys.flags.optimize), 0 keeps asserts and
# __debug__, 1 removes them, 2 also drops docstrings; exec and eval use the interpreter's level.
import sys

SRC = '''
def f():
    "doc"
try:
    assert False
    asserts = "removed"
except AssertionError:
    asserts = "kept"
print(level, asserts, __debug__, f.__doc__)
'''
print(sys.flags.optimize)
for level in (-1, 0, 1, 2):
    exec(compile(SRC, "<src>", "exec", optimize=level), {"level": level})
exec(SRC, {"level": "exec"})
print(eval(compile("__debug__", "<e>", "eval", optimize=1)), eval("__debug__"))
