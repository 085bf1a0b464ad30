# oracle: python3 (real signals and pipes)
# A blocking os.read / FileIO.read of an empty pipe runs signal handlers while it waits (PEP 475): an
# exception from the handler ends the read, a handler that returns lets it go on (here it writes data).
import os
import signal

r, w = os.pipe()


def handler(signum, frame):
    1 / 0


signal.signal(signal.SIGALRM, handler)
for loop in range(2):
    signal.setitimer(signal.ITIMER_REAL, 0.1)
    try:
        os.read(r, 1)
    except ZeroDivisionError:
        print("os.read interrupted", loop)
f = open(r, "rb", buffering=0, closefd=False)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    f.read(1)
except ZeroDivisionError:
    print("FileIO.read interrupted")
calls = []
signal.signal(signal.SIGALRM, lambda *a: (calls.append(1), os.write(w, b"z")))
signal.setitimer(signal.ITIMER_REAL, 0.1)
print(os.read(r, 5), calls)
signal.setitimer(signal.ITIMER_REAL, 0.1)
print(f.read(5), calls)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
os.close(r)
os.close(w)
