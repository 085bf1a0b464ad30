# oracle: python3
# An uncaught exception in a thread goes to threading.excepthook (stderr); a custom hook sees its args.
import threading

def boom():
    raise ValueError("boom in thread")

captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="custom")
t.start(); t.join()
print(captured)
threading.excepthook = old
t = threading.Thread(target=lambda: None)
t.start(); t.join()
ok = threading.Thread(target=lambda: (_ for _ in ()).throw(SystemExit))
ok.start(); ok.join()
print("before default hook", ok.is_alive())
t = threading.Thread(target=boom, name="default")
t.start(); t.join()
print("after", t.is_alive())
