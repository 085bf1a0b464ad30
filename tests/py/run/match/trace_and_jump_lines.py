# Line events of match statements under sys.settrace, and every jump in a match statement's
# bytecode has a line (gh-123048).
import dis
import sys


def trace_lines(func, *args):
    lines = []

    def tracer(frame, event, arg):
        if event == "line" and frame.f_code is func.__code__:
            lines.append(frame.f_lineno - func.__code__.co_firstlineno)
        return tracer

    sys.settrace(tracer)
    try:
        func(*args)
    finally:
        sys.settrace(None)
    return lines


def unreachable(command):      # 0
    match command:             # 1
        case 1:                # 2
            if False:          # 3
                return 1       # 4
        case _:                # 5
            if False:          # 6
                return 0       # 7


def cases(command):            # 0
    match command:             # 1
        case [x, 2]:           # 2
            y = x              # 3
        case {"k": v} if v:    # 4
            y = v              # 5
        case str() | bytes():  # 6
            y = 0              # 7
    return y                   # 8


print(trace_lines(unreachable, 1), trace_lines(unreachable, 0))
for arg in ([5, 2], {"k": 3}, "s", b"b"):
    print(arg, trace_lines(cases, arg))


def threading():
    x = 0
    v = 1
    match v:
        case 1:
            if x < 0:
                x = 1
        case 2:
            if x < 0:
                x = 1
    x += 1


print(all(inst.positions.lineno is not None
          for inst in dis.get_instructions(threading) if inst.opcode in dis.hasjump))
