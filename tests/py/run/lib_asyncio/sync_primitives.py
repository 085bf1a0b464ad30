# oracle: python3 (pyodide's event loop cannot run timers inside the oracle's synchronous runner)
# asyncio: async generators (firstiter hooks), futures with call_later, Event, Semaphore, Lock,
# cancellation, shield, as_completed and exceptions inside gather.
import asyncio


async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i


async def main():
    print([x async for x in agen()])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "later")
    print(await fut)
    ev = asyncio.Event()

    async def setter():
        await asyncio.sleep(0.01)
        ev.set()

    asyncio.create_task(setter())
    await ev.wait()
    print("event set", ev.is_set())
    sem = asyncio.Semaphore(2)
    active = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak = len(active)
            await asyncio.sleep(0.001)
            active.remove(i)
            return i * i, peak <= 2

    print(await asyncio.gather(*(limited(i) for i in range(5))))
    lock = asyncio.Lock()
    order = []

    async def critical(name):
        async with lock:
            order.append(name + "-in")
            await asyncio.sleep(0.001)
            order.append(name + "-out")

    await asyncio.gather(critical("a"), critical("b"))
    print(order)

    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise

    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled())

    async def boom():
        await asyncio.sleep(0)
        raise ValueError("boom")

    results = await asyncio.gather(boom(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in results])
    try:
        await asyncio.gather(boom())
    except ValueError as e:
        print("gather raised", e)

    async def delayed(v, d):
        await asyncio.sleep(d)
        return v

    done = [await f for f in asyncio.as_completed([delayed("slow", 0.02), delayed("fast", 0.0)])]
    print(done)
    print(await asyncio.shield(delayed("shielded", 0)))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout context")


asyncio.run(main())
