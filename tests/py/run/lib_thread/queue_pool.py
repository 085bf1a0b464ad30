# oracle: python3
# A queue.Queue worker pool: task_done()/join(), then one sentinel per worker.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()

def worker(wid):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        results.put((item, item ** 3))
        tasks.task_done()

workers = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for w in workers:
    w.start()
for i in range(30):
    tasks.put(i)
tasks.join()
print(tasks.unfinished_tasks, results.qsize())
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
out = sorted(results.get_nowait() for _ in range(30))
print(out[:5], out[-1])
try:
    results.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
# LifoQueue and PriorityQueue across threads
pq = queue.PriorityQueue()
def feed():
    for x in (5, 1, 4, 2, 3):
        pq.put(x)
t = threading.Thread(target=feed); t.start(); t.join()
print([pq.get() for _ in range(5)])
sq = queue.SimpleQueue()
def fill():
    for i in range(5):
        sq.put(i)
t = threading.Thread(target=fill); t.start()
print([sq.get(timeout=5) for _ in range(5)], sq.empty())
t.join()
