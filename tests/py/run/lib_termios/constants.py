# oracle: python3
# termios constants keep their Linux values
import termios

names = sorted(n for n in dir(termios) if n.isupper() and isinstance(getattr(termios, n), int))
print(len(names) >= 200)
for n in ["B0", "B9600", "B38400", "B115200", "TCSANOW", "TCSADRAIN", "TCSAFLUSH", "ECHO", "ICANON", "ISIG",
          "IEXTEN", "ICRNL", "IXON", "BRKINT", "INPCK", "ISTRIP", "OPOST", "CSIZE", "PARENB", "CS8", "VMIN",
          "VTIME", "VINTR", "NCCS", "TIOCGWINSZ", "TIOCSWINSZ", "FIONREAD", "FIONBIO", "TCIFLUSH", "TCOFLUSH",
          "TCIOFLUSH", "TCOOFF", "TCOON", "TCIOFF", "TCION", "ECHONL", "ECHOE", "ECHOK", "ECHOCTL", "NOFLSH",
          "TOSTOP", "CRTSCTS", "CBAUD", "ONLCR", "IGNBRK", "PARMRK", "IXOFF"]:
    print(n, getattr(termios, n))
