# A suspended generator that is dropped is closed: its finally blocks and with-exits run (by the time
# gc.collect() returns); one that yields again while closing is reported as unraisable
import gc
import sys

log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        log.append(("exit", self.name, exc[0].__name__ if exc[0] else None))


def lines(name):
    try:
        yield name + ":1"
        yield name + ":2"
    finally:
        log.append("finally " + name)


def managed(name):
    with Resource(name):
        yield 1
        yield 2


def consume():
    for x in lines("broken-off"):
        log.append(x)
        break
    g = lines("dropped")
    log.append(next(g))
    del g
    m = managed("with")
    next(m)
    m = None
    lines("never-started")
    done = lines("exhausted")
    log.extend(done)


consume()
gc.collect()
for entry in sorted(log, key=str):
    print(entry)


def stubborn():
    try:
        yield 1
    finally:
        yield "again"


hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.err_msg.split(" at ")[0]))


def drop_stubborn():
    s = stubborn()
    next(s)


sys.unraisablehook = hook
drop_stubborn()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(hooked)
