# oracle: python3
# A main thread that only recurses (no loop, so no backward jump) must still let other threads run and
# must see _thread.interrupt_main(): the interpreter checks at calls too, as CPython does at RESUME.
import _thread
import sys
import threading
import time

sys.setrecursionlimit(200)
state = {"stop": False, "calls": 0}


def spin():
    # retries after each RecursionError until another thread says stop
    state["calls"] += 1
    if state["stop"]:
        return "stopped"
    try:
        return spin()
    except RecursionError:
        return spin()


def stopper():
    time.sleep(0.2)
    state["stop"] = True


t = threading.Thread(target=stopper)
t.start()
print(spin())
t.join()
print("other thread ran:", state["calls"] > 100)


def interrupter():
    time.sleep(0.2)
    _thread.interrupt_main()


def fib(n):
    # tree recursion: calls and returns, never a loop
    return n if n < 2 else fib(n - 1) + fib(n - 2)


t = threading.Thread(target=interrupter)
t.start()
try:
    fib(60)
except KeyboardInterrupt:
    print("KeyboardInterrupt in the recursion")
t.join()
