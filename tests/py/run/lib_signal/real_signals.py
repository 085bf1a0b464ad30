# oracle: python3
# signals from the kernel: os.kill to ourselves, interval timers and alarm; handlers run soon after
# delivery (also during time.sleep); SIG_IGN drops a signal; SIG_DFL lets SIGTERM end the process
import os
import signal
import time

got = []

def handler(signum, frame):
    got.append(signal.Signals(signum).name)

def wait_for(n):
    deadline = time.monotonic() + 5
    while len(got) < n and time.monotonic() < deadline:
        pass

signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
wait_for(1)
print(got, flush=True)

signal.signal(signal.SIGALRM, handler)
print(signal.setitimer(signal.ITIMER_REAL, 0.05), flush=True)
wait_for(2)
print(got, signal.getitimer(signal.ITIMER_REAL), flush=True)

print(signal.alarm(10), signal.alarm(0), flush=True)

signal.signal(signal.SIGTERM, handler)
os.kill(os.getpid(), signal.SIGTERM)
time.sleep(0.2)
wait_for(3)
print(got, flush=True)

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
time.sleep(0.1)
print("SIGUSR2 ignored", flush=True)

signal.signal(signal.SIGTERM, signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGTERM)
time.sleep(10)
print("not reached")
