# oracle: python3
# _queue.SimpleQueue: FIFO, Empty on get_nowait / timeout, put hands items to a waiting get in a thread.
import _queue
import queue
import threading
import time

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
q = _queue.SimpleQueue()
q.put(1)
q.put_nowait(2)
q.put(3, block=False, timeout=5)
print(q.qsize(), q.empty(), q.get(), q.get_nowait(), q.get(False), q.empty())
try:
    q.get_nowait()
except _queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=0.01)
except _queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    _queue.SimpleQueue(1)
except TypeError as e:
    print("TypeError", e)

got = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        got.append(item)
t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    time.sleep(0.001)
    q.put(i)
q.put(None)
t.join()
print(got, q.empty(), _queue.SimpleQueue[int])
