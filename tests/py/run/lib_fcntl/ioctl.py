# oracle: python3
# fcntl.ioctl with an int argument, an immutable buffer (the result comes back as bytes) and mutable
# buffers (written in place unless mutate_flag is false): FIONREAD on a pipe, the window size of a pty
import array
import fcntl
import os
import pty
import struct
import termios

r, w = os.pipe()
os.write(w, b"twelve bytes")
print("bytes arg", struct.unpack("i", fcntl.ioctl(r, termios.FIONREAD, b"\0\0\0\0"))[0])
print("str arg", len(fcntl.ioctl(r, termios.FIONREAD, "    ")))
ba = bytearray(4)
print("bytearray", fcntl.ioctl(r, termios.FIONREAD, ba), struct.unpack("i", ba)[0])
ba = bytearray(4)
res = fcntl.ioctl(r, termios.FIONREAD, ba, False)
print("mutate_flag=False", struct.unpack("i", res)[0], ba)
buf = array.array("i", [0])
print("array", fcntl.ioctl(r, termios.FIONREAD, buf), buf[0])
mv = memoryview(bytearray(8))
print("memoryview slice", fcntl.ioctl(r, termios.FIONREAD, mv[2:6]), mv.tobytes())
os.read(r, 5)
print("after read", struct.unpack("i", fcntl.ioctl(r, termios.FIONREAD, bytes(4)))[0])

# non-blocking I/O through FIONBIO with an int argument by reference
nb = array.array("i", [1])
fcntl.ioctl(r, termios.FIONBIO, nb)
print("FIONBIO set", os.get_blocking(r))
nb[0] = 0
fcntl.ioctl(r, termios.FIONBIO, nb)
print("FIONBIO cleared", os.get_blocking(r))

# window size of a pseudo-terminal
m, s = pty.openpty()
fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack("HHHH", 33, 99, 0, 0))
print("winsize", struct.unpack("HHHH", fcntl.ioctl(s, termios.TIOCGWINSZ, b"\0" * 8))[:2])
size = array.array("H", [0, 0, 0, 0])
fcntl.ioctl(m, termios.TIOCGWINSZ, size, True)
print("winsize via master", size.tolist()[:2], os.get_terminal_size(s))

# ioctls a pipe does not understand
try:
    fcntl.ioctl(r, termios.TIOCGWINSZ, b"\0" * 8)
except OSError as e:
    print("ENOTTY", e.errno == 25)
try:
    fcntl.ioctl(-5, termios.FIONREAD)
except ValueError as e:
    print(e)
for fd in (r, w, m, s):
    os.close(fd)
