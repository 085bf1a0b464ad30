# oracle: python3
# asyncio.to_thread / run_in_executor run blocking functions in worker threads and wake the loop.
import asyncio
import threading
import time

def blocking(n):
    time.sleep(0.01)
    return n * 3, threading.current_thread() is not threading.main_thread()

async def main():
    r = await asyncio.to_thread(blocking, 5)
    print(r)
    rs = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    print(rs)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    fut = loop.create_future()
    def worker():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "from thread")
    threading.Thread(target=worker).start()
    print(await asyncio.wait_for(fut, 5))

asyncio.run(main())
