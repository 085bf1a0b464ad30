async def agen(n):
    for i in range(n):
        yield i * 10
async def main():
    out = []
    async for v in agen(4):
        out.append(v)
    out2 = [v async for v in agen(3) if v]
    return out, out2
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(drive(main()))
g = agen(1)
print(type(g).__name__)
