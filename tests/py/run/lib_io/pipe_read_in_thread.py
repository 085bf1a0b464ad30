# A thread blocked in os.read on an empty pipe lets the other threads run (the writer may be one of
# them), both when the reader is a helper thread and when it is the main thread.
# oracle: python3 (pyodide has neither threads nor pipes; this behaviour is unchanged since 3.11)
import io
import os
import threading
import time

r, w = os.pipe()
got = []
t = threading.Thread(target=lambda: got.append(os.read(r, 100)))
t.start()
time.sleep(0.05)
os.write(w, b"hello")
t.join()
print("thread read", got)


def writer():
    time.sleep(0.05)
    os.write(w, b"from thread")


t = threading.Thread(target=writer)
t.start()
print("main read", os.read(r, 100))
t.join()

results = []
readers = [threading.Thread(target=lambda: results.append(os.read(r, 1))) for _ in range(3)]
for x in readers:
    x.start()
os.write(w, b"abc")
for x in readers:
    x.join()
print(sorted(results))

# a FileIO writer on the pipe while a thread drains it (test_io's pipe_writer pattern)
drained = []
t = threading.Thread(target=lambda: drained.append(os.read(r, 100)))
t.start()
f = io.FileIO(w, "w", closefd=False)
print(f.write(b"3"), f.writable(), f.readable())
t.join()
print(drained)
os.close(r)
os.close(w)
