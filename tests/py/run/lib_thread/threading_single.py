import threading, _thread, sys
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
print(threading.current_thread().ident == threading.get_ident(), threading.current_thread().is_alive(), threading.current_thread().daemon)
lk = threading.Lock()
with lk:
    print(lk.locked(), lk.acquire(False))
print(lk.locked(), type(lk).__name__)
rl = threading.RLock()
with rl:
    with rl:
        print("rlock nested", rl._is_owned())
ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(0.01))
ev.set(); print(ev.wait(), ev.is_set()); ev.clear(); print(ev.is_set())
c = threading.Condition()
with c:
    print(c.wait(0.01), c.wait_for(lambda: True))
    c.notify(); c.notify_all()
tl = threading.local(); tl.a = 5; print(tl.a, hasattr(threading.local(), "a"))
class MyLocal(threading.local):
    def __init__(self, x): self.x = x
print(MyLocal(7).x)
s = threading.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(); print(s.acquire(False))
bs = threading.BoundedSemaphore(1); bs.acquire(); bs.release()
try: bs.release()
except ValueError as e: print(type(e).__name__, e)
t = threading.Thread(target=print, name="worker")
print(t.name, t.is_alive(), repr(t).startswith("<Thread(worker, initial"))
try: t.join()
except RuntimeError as e: print(type(e).__name__, e)
timer = threading.Timer(1.0, print); print(type(timer).__name__)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError, len(threading.enumerate()))
args = threading.ExceptHookArgs((ValueError, ValueError("boom"), None, None))
print(args.exc_type.__name__, str(args.exc_value), args.thread)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def getvalue(self): return "".join(self.parts)
old = sys.stderr
sys.stderr = buf = Buf()
try:
    raise KeyError("k")
except KeyError as e:
    threading.excepthook(threading.ExceptHookArgs((KeyError, e, e.__traceback__, threading.current_thread())))
sys.stderr = old
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])
b = threading.Barrier(1); print(b.wait(), b.parties)
