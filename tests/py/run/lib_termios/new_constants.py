# Constants termios gained after 3.11, and the ones every POSIX termios has
import termios

for name in ("IUTF8", "EXTPROC", "_POSIX_VDISABLE", "ICANON", "ECHO", "VMIN", "VTIME", "TCSANOW", "TCSAFLUSH"):
    print(name, getattr(termios, name, None))
print(termios.error.__module__, termios.error.__name__, issubclass(termios.error, Exception))
print(sorted(f for f in dir(termios) if f.startswith("tc")))
