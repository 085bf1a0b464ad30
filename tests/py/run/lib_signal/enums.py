# the enums signal.py builds from _signal: Signals, Handlers, Sigmasks; numbers and names on Linux
import signal

classic = [s for s in signal.Signals if s.value < 32]
# (SIGCLD, an alias of SIGCHLD, is left out: the oracle's C library lacks it)
print(sorted((s.name, s.value) for s in classic))
print(signal.Signals.SIGINT, repr(signal.Signals.SIGTERM), signal.Signals(9).name, int(signal.SIGUSR2))
print(signal.SIGINT == 2, isinstance(signal.SIGINT, int), type(signal.SIGINT).__name__)
print(signal.Signals["SIGHUP"], signal.Signals.SIGIOT is signal.Signals.SIGABRT, signal.Signals.SIGPOLL.name)
print(repr(signal.Handlers.SIG_DFL), signal.SIG_DFL == 0, type(signal.SIG_DFL).__name__)
print(sorted(h.name for h in signal.Handlers))
print(sorted((m.name, m.value) for m in signal.Sigmasks))
print(signal.NSIG, signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.ItimerError.__name__, signal.ItimerError.__mro__[1].__name__)
print(signal.SIGRTMAX, signal.SIGCHLD, signal.SIGPOLL)
v = signal.valid_signals()
print(type(v).__name__, all(s in v for s in range(1, 32)), 0 in v, signal.NSIG in v)
for s in [signal.SIGHUP, signal.SIGINT, signal.SIGQUIT, signal.SIGKILL, signal.SIGUSR1, signal.SIGUSR2,
          signal.SIGPIPE, signal.SIGALRM, signal.SIGTERM]:
    print(s.name, signal.strsignal(s))
print(signal.getsignal(signal.SIGTERM) is signal.Handlers.SIG_DFL)
