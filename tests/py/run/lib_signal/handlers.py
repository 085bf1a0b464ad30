# signal.signal/getsignal/raise_signal: handlers get (signum, frame), signal() returns the old handler,
# a handler's exception comes out of raise_signal, SIGINT's default handler raises KeyboardInterrupt
import signal

calls = []

def handler(signum, frame):
    calls.append((signum, type(frame).__name__, frame.f_code.co_name))

def run():
    signal.raise_signal(signal.SIGUSR1)

old = signal.signal(signal.SIGUSR1, handler)
print(old, type(old).__name__)
print(signal.getsignal(signal.SIGUSR1) is handler)
run()
signal.raise_signal(signal.SIGUSR1)
print(calls)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.default_int_handler.__name__, signal.default_int_handler.__doc__)

def failing(signum, frame):
    raise ValueError(f"handler failed for {signal.Signals(signum).name}")

signal.signal(signal.SIGUSR2, failing)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print("caught", e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises")

class CallableObj:
    def __call__(self, signum, frame):
        print("callable object got", signum)

signal.signal(signal.SIGUSR2, CallableObj())
signal.raise_signal(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, lambda s, f: print("lambda got", signal.Signals(s)))
signal.raise_signal(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
signal.signal(signal.SIGINT, signal.default_int_handler)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: signal.signal(signal.SIGUSR1, 5))
show(lambda: signal.signal(signal.SIGUSR1, "handler"))
show(lambda: signal.signal(0, handler))
show(lambda: signal.signal(signal.NSIG, handler))
show(lambda: signal.signal(-3, handler))
show(lambda: signal.signal("x", handler))
show(lambda: signal.signal(None, handler))
show(lambda: signal.signal("2", handler) is signal.default_int_handler)
show(lambda: signal.signal(2.0, signal.default_int_handler) is handler)
show(lambda: signal.signal(signal.SIGUSR1))
show(lambda: signal.signal())
show(lambda: signal.getsignal(0))
show(lambda: signal.getsignal(1000))
show(lambda: signal.getsignal())
show(lambda: signal.raise_signal())
show(lambda: signal.default_int_handler(2))
show(lambda: signal.siginterrupt(signal.SIGUSR1, True))
show(lambda: signal.siginterrupt(0, True))
show(lambda: signal.siginterrupt(1))
show(lambda: signal.strsignal(0))
show(lambda: signal.strsignal(signal.NSIG))
