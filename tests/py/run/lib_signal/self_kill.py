# oracle: python3
# os.kill of this process runs the Python handler before kill returns (CPython's os_kill checks signals
# right away), SIGINT's default handler raises KeyboardInterrupt, SIG_IGN ignores; a signal a child sends
# while the parent waits has its handler run when the wait returns.
import os, signal
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not raised")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGTERM, lambda s, f: print("term handler", s))
os.kill(os.getpid(), signal.SIGTERM)
print("after")
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored")
import subprocess, sys
got = []
def handler(signum, frame): got.append(signum)
old = signal.signal(signal.SIGUSR1, handler)
# the child stays a moment after sending: pypyts notices a signal through a watcher, which may lag the
# child's exit by a few milliseconds (a signal that arrives as the child exits is handled at the next check)
args = [sys.executable, "-c", 'import os, signal, time; os.kill(os.getppid(), signal.SIGUSR1); time.sleep(0.3)']
with subprocess.Popen(args) as p:
    p.communicate()
print("handled", got, p.returncode)
