# A write to a full pipe waits without stopping everything: a signal handler that raises ends the write
# (raw, buffered and text writers), a green thread can drain the pipe meanwhile, and a big os.write
# completes while another thread reads it.
# oracle: python3 (pyodide has no signals, threads or pipes; unchanged since 3.11)
import io
import os
import signal
import threading


def alarm_handler(signum, frame):
    1 / 0


signal.signal(signal.SIGALRM, alarm_handler)
for mode, item in (("wb", b"xy"), ("w", "xy")):
    for buffering in ((0, -1) if mode == "wb" else (-1,)):
        read_results = []
        r, w = os.pipe()
        t = threading.Thread(target=lambda: read_results.append(os.read(r, 1)), daemon=True)
        t.start()
        kwargs = {"encoding": "ascii"} if mode == "w" else {}
        wio = io.open(w, mode, buffering=buffering, closefd=False, **kwargs)
        signal.alarm(1)
        try:
            wio.write(item * (1 << 20))
            print(mode, buffering, "no exception")
        except ZeroDivisionError:
            print(mode, buffering, "ZeroDivisionError")
        finally:
            signal.alarm(0)
            t.join()
        read_results.append(os.read(r, 1))
        print(read_results)
        os.close(w)
        os.close(r)
        try:
            wio.close()
        except OSError as e:
            print("close:", type(e).__name__)

r, w = os.pipe()
sizes = []


def drain():
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        sizes.append(len(b))


t = threading.Thread(target=drain)
t.start()
n = os.write(w, b"z" * (3 << 20))
os.close(w)
t.join()
os.close(r)
print(n, sum(sizes))
