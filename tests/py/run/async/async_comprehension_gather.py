class Yield:
    def __await__(self):
        yield
async def square(x):
    await Yield()
    return x * x
async def gather(*cs):
    return [await c for c in cs]
def run(c):
    n = 0
    while True:
        try:
            c.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n
print(run(gather(*(square(i) for i in range(5)))))
