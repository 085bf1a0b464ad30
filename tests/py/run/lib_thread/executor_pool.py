# oracle: python3
# concurrent.futures.ThreadPoolExecutor: map keeps order, as_completed yields each future once.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import threading
import time

def slow_square(x):
    time.sleep(0.001 * (x % 3))
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(slow_square, range(10))))
    futs = {ex.submit(slow_square, n): n for n in range(8)}
    done = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(done)
    f = ex.submit(divmod, 1, 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("raised", type(e).__name__, f.done(), type(f.exception()).__name__)
    names = set(ex.map(lambda _: threading.current_thread().name.split("_")[0], range(6)))
    print(sorted(names))
    d, nd = wait([ex.submit(time.sleep, 0.01), ex.submit(int, "7")], return_when=FIRST_COMPLETED)
    print(len(d) >= 1)
print("shutdown", ex._shutdown)
