# oracle: python3
# signal.set_wakeup_fd: a signal writes its number to the fd (what asyncio's loop waits on), and the
# handler still runs; select() sleeping on the pipe wakes up
import os
import select
import signal
import time

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError: blocking fd refused")
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(w) == w)
os.kill(os.getpid(), signal.SIGUSR1)
t = time.monotonic()
ready = select.select([r], [], [], 5)[0]
print(ready == [r], time.monotonic() - t < 4)
print(list(os.read(r, 10)))
deadline = time.monotonic() + 5
while not got and time.monotonic() < deadline:
    pass
print(got)
print(signal.set_wakeup_fd(-1) == w, signal.set_wakeup_fd(-1))
signal.raise_signal(signal.SIGUSR1)
print(got)
try:
    signal.set_wakeup_fd(w, warn_on_full_buffer=False, other=1)
except TypeError as e:
    print("TypeError", e)
