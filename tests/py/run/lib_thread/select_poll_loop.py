# oracle: python3
# A thread that polls a pipe with select() in a loop (few bytecodes per wait) must still give way to a
# main thread waiting for it (Event.wait, Thread.start); a descriptor that is ready returns at once.
import os, select, threading

r, w = os.pipe()
seen = []
stop = threading.Event()
started = threading.Event()


def poller():
    started.set()
    while not stop.is_set():
        rd, _, _ = select.select([r], [], [], 0.2)
        if rd:
            seen.append(os.read(r, 100))


t = threading.Thread(target=poller)
t.start()
print("started:", started.wait(5))
os.write(w, b"hello")
ready = select.select([], [w], [], 10)[1]
print("pipe writable at once:", ready == [w])
for _ in range(100):
    if seen:
        break
    stop.wait(0.05)
print("thread read:", seen)
stop.set()
t.join(5)
print("joined:", not t.is_alive())
os.close(r)
os.close(w)
