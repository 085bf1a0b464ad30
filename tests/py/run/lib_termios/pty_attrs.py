# oracle: python3
# termios on a pseudo-terminal pair from pty.openpty: tcgetattr's list, tcsetattr round trips, the modes
# tty.setraw and tty.setcbreak set, the line discipline (echo, ICRNL/ONLCR), and tcflush/tcdrain/tcflow
import os
import pty
import termios
import tty

m, s = pty.openpty()
print(os.isatty(m), os.isatty(s))
attrs = termios.tcgetattr(s)
iflag, oflag, cflag, lflag, ispeed, ospeed, cc = attrs
print(type(attrs).__name__, len(attrs), len(cc), termios.NCCS)
print("canonical", bool(lflag & termios.ICANON), "echo", bool(lflag & termios.ECHO), "isig", bool(lflag & termios.ISIG))
print("icrnl", bool(iflag & termios.ICRNL), "opost", bool(oflag & termios.OPOST), "onlcr", bool(oflag & termios.ONLCR))
print("cc are bytes in canonical mode", all(isinstance(c, bytes) and len(c) == 1 for c in cc))
print("VINTR", cc[termios.VINTR], "VEOF", cc[termios.VEOF], "VERASE", cc[termios.VERASE])
print("same from the master", termios.tcgetattr(m) == attrs)

# raw mode: no canonical input, no echo, no signals, 8-bit characters, no output processing
tty.setraw(s)
raw = termios.tcgetattr(s)
print("raw lflag", bool(raw[3] & termios.ICANON), bool(raw[3] & termios.ECHO), bool(raw[3] & termios.ISIG),
      bool(raw[3] & termios.IEXTEN))
print("raw iflag", bool(raw[0] & termios.ICRNL), bool(raw[0] & termios.IXON), bool(raw[0] & termios.BRKINT),
      bool(raw[0] & termios.INPCK), bool(raw[0] & termios.ISTRIP))
print("raw cflag", raw[2] & termios.CSIZE == termios.CS8, bool(raw[2] & termios.PARENB))
print("raw oflag", bool(raw[1] & termios.OPOST))
print("VMIN/VTIME are ints", raw[6][termios.VMIN], raw[6][termios.VTIME])
os.write(m, b"abc\r")
print("raw read", os.read(s, 100))

termios.tcsetattr(s, termios.TCSAFLUSH, attrs)
print("restored", termios.tcgetattr(s) == attrs)

# cbreak: no canonical input, no echo, but signals and output processing stay
tty.setcbreak(s, termios.TCSANOW)
cb = termios.tcgetattr(s)
print("cbreak", bool(cb[3] & termios.ICANON), bool(cb[3] & termios.ECHO), bool(cb[3] & termios.ISIG),
      bool(cb[1] & termios.OPOST), cb[6][termios.VMIN], cb[6][termios.VTIME])
termios.tcsetattr(s, termios.TCSADRAIN, attrs)

# canonical mode with echo: the master sees the echo, CR becomes NL on input, NL becomes CRNL on output
os.write(m, b"hello\r")
print("line read", os.read(s, 100))
print("echo", os.read(m, 100))
os.write(s, b"out\n")
print("output", os.read(m, 100))

# switch echo off by hand, as getpass does
new = termios.tcgetattr(s)
new[3] &= ~termios.ECHO
termios.tcsetattr(s, termios.TCSAFLUSH, new)
os.write(m, b"secret\n")
print("no echo", os.read(s, 100))
os.write(s, b"done\n")
print("master sees only", os.read(m, 100))
termios.tcsetattr(s, termios.TCSANOW, attrs)

# ints are accepted for the control characters, and speeds are kept
changed = termios.tcgetattr(s)
changed[6][termios.VINTR] = 7
changed[4] = changed[5] = termios.B9600
termios.tcsetattr(s, termios.TCSANOW, changed)
after = termios.tcgetattr(s)
print("VINTR set from int", after[6][termios.VINTR], "speeds", after[4] == termios.B9600, after[5] == termios.B9600)
termios.tcsetattr(s, termios.TCSANOW, attrs)

print(termios.tcflush(s, termios.TCIFLUSH), termios.tcflush(s, termios.TCIOFLUSH))
print(termios.tcdrain(s))
print(termios.tcflow(s, termios.TCOOFF), termios.tcflow(s, termios.TCOON))
os.close(s)
os.close(m)
