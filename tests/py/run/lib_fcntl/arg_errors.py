# Argument checks of fcntl's functions, made before any system call
import fcntl

def attempt(f, *args):
    try:
        f(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)

attempt(fcntl.fcntl, 0, fcntl.F_GETFL, 1.5)
attempt(fcntl.fcntl, 0, fcntl.F_GETFL, [1])
attempt(fcntl.fcntl, 0, "x")
attempt(fcntl.fcntl, 0)
attempt(fcntl.fcntl, 0, 1, 2, 3)
attempt(fcntl.ioctl, 0, 0, 2.5)
attempt(fcntl.ioctl, 0, 0, object())
attempt(fcntl.ioctl, 0, "req")
attempt(fcntl.ioctl, 0, 0, 2 ** 70)
attempt(fcntl.ioctl, 0, 1.5)
attempt(fcntl.flock, 0)
attempt(fcntl.flock, 0, None)
attempt(fcntl.lockf, 0, 0)
attempt(fcntl.lockf, 0, 64)
attempt(fcntl.lockf, -3, fcntl.LOCK_SH)
attempt(fcntl.fcntl, -1, fcntl.F_GETFD)

class Custom:
    pass

attempt(fcntl.fcntl, 0, fcntl.F_GETFL, Custom())
