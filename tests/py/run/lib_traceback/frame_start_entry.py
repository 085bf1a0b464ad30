# A traceback entry at the very start of a frame (lasti 0, the RESUME instruction) shows the def line
# and an empty caret line: RESUME's position has columns 0-0 (co_positions), as CPython's.
import os
import sys
import traceback
import types

def f():
    return sys._getframe()

def g():
    yield 1

print(list(f.__code__.co_positions())[0], list(g.__code__.co_positions())[2])
print(list(compile("x = 1", "s", "exec").co_positions())[0])
frame = f()
tb = types.TracebackType(None, frame, 0, f.__code__.co_firstlineno)
exc = KeyboardInterrupt()
exc.__traceback__ = tb
text = "".join(traceback.format_exception(exc)).replace(os.path.abspath(__file__), os.path.basename(__file__))
print([line.rstrip() for line in text.split("\n")])
