# sys.settrace: call/line/return events for functions, loops and generators, the 'exception' event
# of a frame an exception leaves, f_trace per frame, and gettrace().
import sys

events = []


def tracer(frame, event, arg):
    shown = arg if event == "return" else (arg[0].__name__ if event == "exception" else None)
    events.append((event, frame.f_code.co_name, frame.f_lineno, shown))
    return tracer


def f(n):
    total = 0
    for i in range(n):
        total += i
    return total


def g():
    yield 1
    yield 2


def k(x):
    return 10 // x


def only_calls(frame, event, arg):
    events.append(("global", event, frame.f_code.co_name))
    return None


sys.settrace(tracer)
f(2)
list(g())
r = [k(1)]
sys.settrace(None)
try:
    sys.settrace(tracer)
    k(0)
except ZeroDivisionError:
    sys.settrace(None)
print(sys.gettrace() is None)
sys.settrace(only_calls)
f(1)
sys.settrace(None)
for e in events:
    print(e)
