# oracle: python3
# _thread.start_new_thread: identities, _count, locks as completion signals, an uncaught exception goes to
# sys.unraisablehook (SystemExit silently ends the thread) while the program goes on.
import _thread
import sys
import time

done = _thread.allocate_lock()
done.acquire()
info = {}

def f(a, b=0):
    info["sum"] = a + b
    info["ident"] = _thread.get_ident()
    done.release()

ident = _thread.start_new_thread(f, (2,), {"b": 3})
print(done.acquire(timeout=5), info["sum"], info["ident"] == ident, ident != _thread.get_ident())
while _thread._count():
    time.sleep(0.001)
print(_thread._count())

reported = _thread.allocate_lock()
reported.acquire()
seen = []
def hook(args):
    # (3.14 names the function in err_msg, with no object; 3.11 gave it as the object)
    seen.append((args.err_msg.startswith("Exception ignored in thread started by"), args.exc_type.__name__,
                 str(args.exc_value)))
    reported.release()
sys.unraisablehook = hook

def fails():
    raise KeyError("in raw thread")
_thread.start_new_thread(fails, ())
print(reported.acquire(timeout=5), seen)
def quits():
    raise SystemExit(3)
_thread.start_new_thread(quits, ())
while _thread._count():
    time.sleep(0.001)
print("main continues", seen[1:])
