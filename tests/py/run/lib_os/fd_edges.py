import os

for call in [lambda: os.fstat(-1), lambda: type(os.listdir(-1)).__name__, lambda: os.close(-1),
             lambda: os.dup(-1), lambda: os.lseek(-1, 0, 0), lambda: os.read(-1, 1), lambda: os.write(-1, b"x"),
             lambda: os.fsync(-1), lambda: os.ftruncate(-1, 0), lambda: os.stat(2**40), lambda: os.close(2**40),
             lambda: os.read(0, -1), lambda: os.isatty(-1), lambda: os.get_inheritable(-1),
             lambda: os.set_blocking(-1, True)]:
    try:
        print(call())
    except OSError as e:
        print(type(e).__name__, e.strerror, e.filename)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
