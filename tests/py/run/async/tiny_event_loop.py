class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
async def worker(name, n, log):
    for i in range(n):
        await Sleep(1)
        log.append(f"{name}{i}")
    return name
def run(coros):
    results = {}
    ready = list(enumerate(coros))
    while ready:
        i, c = ready.pop(0)
        try:
            c.send(None)
            ready.append((i, c))
        except StopIteration as e:
            results[i] = e.value
    return [results[i] for i in sorted(results)]
log = []
print(run([worker("a", 3, log), worker("b", 2, log), worker("c", 1, log)]))
print(log)
