# oracle: python3 (pyodide's event loop cannot run timers inside the oracle's synchronous runner)
# asyncio with timers only: gather, Queue, create_task, wait_for timeouts, TaskGroup.
import asyncio

async def worker(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)
    return name.upper()

async def main():
    out = []
    results = await asyncio.gather(worker("b", 0.3, out), worker("a", 0.15, out), worker("c", 0.0, out))
    print(results, out)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    t = asyncio.create_task(worker("t", 0.01, out))
    print(await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError:
        print("timed out")
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("x", 0, out))
    print(t1.result())

asyncio.run(main())
