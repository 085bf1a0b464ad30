# tb_lasti/f_lasti are byte offsets into co_code (with CPython's cache units): co_positions() at that
# index is the position of the instruction that was running
import sys

def inner(d):
    return d["a"]["b"] + 1

def outer():
    data = {"a": {"c": 1}}
    return inner(data)

try:
    outer()
except KeyError:
    tb = sys.exc_info()[2]
    while tb is not None:
        code = tb.tb_frame.f_code
        positions = list(code.co_positions())
        print(code.co_name, tb.tb_lineno, tb.tb_lasti % 2, tb.tb_lasti < len(code.co_code),
              positions[tb.tb_lasti // 2])
        tb = tb.tb_next

def here():
    frame = sys._getframe()
    positions = list(frame.f_code.co_positions())
    return positions[frame.f_lasti // 2]
print(here())

def gen():
    yield sys._getframe().f_lasti
    yield 2
g = gen()
first = next(g)
print(first % 2, list(g.gi_code.co_positions())[g.gi_frame.f_lasti // 2])
