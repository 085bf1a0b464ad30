# sys.monitoring: a tool with PY_START/PY_RETURN/LINE/RAISE/PY_UNWIND callbacks (global and per-code
# events), DISABLE at one place, restart_events, and the tool registry's errors.
import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.DEBUGGER_ID
log = []


def straight(a):
    b = a + 1
    c = b * 2
    return c


def raiser():
    x = 1
    raise ValueError("v")


def on_start(code, offset):
    log.append(("start", code.co_name))


def on_return(code, offset, value):
    log.append(("return", code.co_name, value))


def on_line(code, line):
    log.append(("line", code.co_name, line - code.co_firstlineno))


def on_raise(code, offset, exc):
    log.append(("raise", code.co_name, type(exc).__name__))


def on_unwind(code, offset, exc):
    log.append(("unwind", code.co_name))


mon.use_tool_id(TOOL, "case")
try:
    mon.use_tool_id(TOOL, "other")
except ValueError as e:
    print("ValueError", e)
print(mon.get_tool(TOOL))
mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.register_callback(TOOL, E.LINE, on_line)
mon.register_callback(TOOL, E.RAISE, on_raise)
mon.register_callback(TOOL, E.PY_UNWIND, on_unwind)
mon.set_local_events(TOOL, straight.__code__, E.PY_START | E.PY_RETURN | E.LINE)
straight(1)
mon.set_local_events(TOOL, straight.__code__, 0)
mon.set_events(TOOL, E.RAISE | E.PY_UNWIND)
try:
    raiser()
except ValueError:
    pass
mon.set_events(TOOL, 0)
print(mon.get_events(TOOL), mon.get_local_events(TOOL, straight.__code__))
for entry in log:
    print(entry)
log.clear()


def once(code, line):
    log.append(line - code.co_firstlineno)
    return mon.DISABLE


mon.register_callback(TOOL, E.LINE, once)
mon.set_local_events(TOOL, straight.__code__, E.LINE)
straight(1)
straight(2)
print("after DISABLE", log)
mon.restart_events()
straight(3)
print("after restart", log)
mon.set_local_events(TOOL, straight.__code__, 0)
mon.free_tool_id(TOOL)
print(mon.get_tool(TOOL))
