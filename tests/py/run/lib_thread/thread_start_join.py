# oracle: python3
# Threads run their targets with args/kwargs; results are collected and read after join().
import threading

results = {}

def square(n, scale=1):
    results[n] = n * n * scale

threads = [threading.Thread(target=square, args=(i,), kwargs={"scale": 2}) for i in range(6)]
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads], threading.active_count())
print(all(isinstance(t.ident, int) for t in threads), threading.get_ident() == threading.main_thread().ident)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.out = None

    def run(self):
        self.out = (threading.current_thread().name, self.n * 10, threading.current_thread() is self)


ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.out for w in ws])
try:
    ws[0].start()
except RuntimeError as e:
    print("RuntimeError", e)
names = []
def who():
    names.append((threading.current_thread().name, threading.main_thread().name))
t = threading.Thread(target=who, name="named")
t.start(); t.join()
print(names)
