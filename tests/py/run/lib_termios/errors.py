# oracle: python3
# termios.error (errno, message) on descriptors that are not terminals, and tcsetattr's argument checks
import errno
import os
import pty
import termios

print(termios.error.__name__, termios.error.__module__, termios.error.__bases__)
r, w = os.pipe()
for f, args in [(termios.tcgetattr, ()), (termios.tcdrain, ()), (termios.tcflush, (termios.TCIFLUSH,)),
                (termios.tcflow, (termios.TCOON,)), (termios.tcsendbreak, (0,))]:
    try:
        f(r, *args)
    except termios.error as e:
        print(f.__name__, len(e.args), e.args[0] == errno.ENOTTY, isinstance(e.args[1], str))
try:
    termios.tcgetattr(99)
except termios.error as e:
    print("bad fd", e.args[0] == errno.EBADF)

m, s = pty.openpty()
good = termios.tcgetattr(s)

def attempt(attrs):
    try:
        termios.tcsetattr(s, termios.TCSANOW, attrs)
        print("accepted")
    except (TypeError, ValueError, OverflowError, termios.error) as e:
        print(type(e).__name__, e)

attempt(tuple(good))
attempt(good[:6])
attempt(good[:6] + [good[6][:5]])
attempt(good[:6] + [[b"ab"] * termios.NCCS])
attempt(good[:6] + [["a"] * termios.NCCS])
attempt(["x"] + good[1:])
attempt(good[:6] + [[0] * termios.NCCS])
attempt(good)
try:
    termios.tcsetattr(r, termios.TCSANOW, good)
except termios.error as e:
    print("tcsetattr on a pipe", e.args[0] == errno.ENOTTY)
try:
    termios.tcsetattr(s, 99, good)
except termios.error as e:
    print("bad when", e.args[0] == errno.EINVAL)
try:
    termios.tcgetattr()
except TypeError as e:
    print(e)
try:
    termios.tcgetattr("x")
except TypeError as e:
    print(e)

class FileLike:
    def fileno(self):
        return s

print("fileno()", termios.tcgetattr(FileLike()) == termios.tcgetattr(s))
for fd in (r, w, m, s):
    os.close(fd)
