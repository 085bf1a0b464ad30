# oracle: python3
# threading.local: each thread sees its own attributes; a subclass's __init__ runs once per thread.
import threading

data = threading.local()
data.x = "main"
seen = {}

def work(n):
    print_missing = not hasattr(data, "x")
    data.x = n
    for _ in range(1000):
        pass
    seen[n] = (print_missing, data.x, sorted(vars(data)))

ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), data.x)

class Counter(threading.local):
    inits = 0
    def __init__(self, start):
        Counter.inits += 1
        self.value = start

c = Counter(10)
def bump():
    c.value += 1
    seen["bump"] = c.value
t = threading.Thread(target=bump)
t.start(); t.join()
print(c.value, seen["bump"], Counter.inits)
