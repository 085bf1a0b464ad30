class ACounter:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    return [x async for x in ACounter(4)]
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
