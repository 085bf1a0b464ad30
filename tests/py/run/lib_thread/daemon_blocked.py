# oracle: python3
# A daemon thread still blocked at exit is abandoned; non-daemon threads are waited for at exit.
import threading
import time

never = threading.Event()
def stuck():
    never.wait()
    print("never printed")

d = threading.Thread(target=stuck, daemon=True)
d.start()
print(d.daemon, d.is_alive())

release = threading.Event()
def late():
    release.wait()
    time.sleep(0.01)
    print("non-daemon finished before exit")

threading.Thread(target=late).start()
print("main done")
release.set()
