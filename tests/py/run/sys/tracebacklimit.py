# sys.tracebacklimit as the default excepthook applies it: the innermost N entries, no header at 0 or
# below, everything for a huge limit.
import io
import re
import sys


def f1():
    1 / 0


def f2():
    f1()


def f3():
    f2()


try:
    f3()
except ZeroDivisionError as e:
    err = e

saved = sys.stderr
for limit in (10, 2, 1, 0, -1, 1 << 100, -(1 << 100)):
    sys.tracebacklimit = limit
    print("limit", limit if abs(limit) < 1000 else ("big" if limit > 0 else "-big"))
    sys.stderr = buf = io.StringIO()
    sys.__excepthook__(type(err), err, err.__traceback__)
    sys.stderr = saved
    print(re.sub(r'File "[^"]*/', 'File "', buf.getvalue()), end="")
del sys.tracebacklimit
print("done")
