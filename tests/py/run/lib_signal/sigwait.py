# oracle: python3
# blocked signals stay pending (sigpending) until sigwait takes them or they are unblocked; a blocked
# SIGTERM does not end the process until it is unblocked with the default disposition
import os
import signal
import time

def wait_pending(sig):
    deadline = time.monotonic() + 5
    while sig not in signal.sigpending() and time.monotonic() < deadline:
        time.sleep(0.01)

old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1, signal.SIGUSR2, signal.SIGTERM})
print(sorted(old))
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.sigwait({signal.SIGUSR1, signal.SIGUSR2}), flush=True)
print(signal.sigpending(), flush=True)
os.kill(os.getpid(), signal.SIGTERM)
wait_pending(signal.SIGTERM)
print(signal.sigpending(), flush=True)
print(signal.sigwait([signal.SIGTERM]), flush=True)
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
wait_pending(signal.SIGUSR1)
print(got, signal.sigpending(), flush=True)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print(got, signal.sigpending(), flush=True)
os.kill(os.getpid(), signal.SIGTERM)
wait_pending(signal.SIGTERM)
print("still alive", signal.sigpending(), flush=True)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
time.sleep(5)
print("not reached")
