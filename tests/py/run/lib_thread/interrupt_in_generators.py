# oracle: python3
# interrupt_main() reaches a main thread busy in generators and calls only (no loop of its own runs long
# enough to poll): the KeyboardInterrupt surfaces where the generator was, and finally blocks run.
import _thread
import threading
import time

log = []


def numbers(n):
    try:
        if n > 0:
            yield n
            yield from numbers(n - 1)
    finally:
        if n == 0:
            log.append("innermost generator closed")


def total(n):
    # sums over chains of generators, repeated by tree recursion (bounded depth, endless in practice)
    return sum(numbers(20)) + total(n - 1) + total(n - 1) if n else 0


def interrupter():
    time.sleep(0.2)
    _thread.interrupt_main()


t = threading.Thread(target=interrupter)
t.start()
try:
    total(60)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
t.join()
print(log[:1])
