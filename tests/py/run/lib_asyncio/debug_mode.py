# oracle: python3 (pyodide cannot run asyncio.run inside the oracle's synchronous runner)
# asyncio's debug mode (asyncio.run(debug=True), IsolatedAsyncioTestCase) saves, sets and restores
# sys's coroutine origin tracking depth around the loop.
import asyncio
import sys


async def child(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    # (debug mode reports a step slower than 0.1 s, which a first run compiling code on a busy machine
    # can take: not what this case is about)
    loop.slow_callback_duration = 60
    print("debug:", loop.get_debug())
    print("depth inside:", sys.get_coroutine_origin_tracking_depth() > 0)
    return await asyncio.gather(child(1), child(2))


print("depth before:", sys.get_coroutine_origin_tracking_depth())
print(asyncio.run(main(), debug=True))
print("depth after:", sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
