# pthread_sigmask/sigpending: a blocked signal waits until it is unblocked, then its handler runs
import signal

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(("usr1", s)))
signal.signal(signal.SIGUSR2, lambda s, f: got.append(("usr2", s)))
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2]) == set())
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR1)
print(got, sorted(signal.sigpending()))
old = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})
print(sorted(old), got, sorted(signal.sigpending()))
old = signal.pthread_sigmask(signal.SIG_SETMASK, [])
print(sorted(old), got, signal.sigpending())

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [0]))
show(lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [signal.NSIG]))
show(lambda: signal.pthread_sigmask(signal.SIG_BLOCK))
show(lambda: signal.pthread_sigmask(signal.SIG_BLOCK, 5))
show(lambda: signal.sigpending(1))
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
