# oracle: python3
# The window size of a pseudo-terminal through termios.TIOCGWINSZ/TIOCSWINSZ ioctls and
# os.get_terminal_size, as shutil.get_terminal_size reads it; and tty/pty helpers on the pair
import fcntl
import os
import pty
import struct
import termios

m, s = pty.openpty()
fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
print(os.get_terminal_size(s))
print(struct.unpack("HHHH", fcntl.ioctl(m, termios.TIOCGWINSZ, bytes(8)))[:2])
fcntl.ioctl(m, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 132, 0, 0))
print(os.get_terminal_size(s).columns, os.get_terminal_size(s).lines)
ts = os.get_terminal_size(s)
print(type(ts).__name__, ts[0], ts[1])
print(os.ttyname(s) == os.ttyname(s), os.ttyname(s).startswith("/dev/"))
print(termios.tcgetwinsize(s), termios.tcgetwinsize(m))
termios.tcsetwinsize(s, (30, 100))
print(termios.tcgetwinsize(m), os.get_terminal_size(m))
termios.tcsetwinsize(m, [10, 20])
print(termios.tcgetwinsize(s))
for bad in [(1,), 5, (1, 2, 3), (1, 70000), (-1, 5), ("a", 1)]:
    try:
        termios.tcsetwinsize(s, bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
r, w = os.pipe()
try:
    termios.tcgetwinsize(r)
except termios.error as e:
    print("pipe", e.args[0] == 25)
for fd in (r, w, s, m):
    os.close(fd)
