def running_avg():
    total, n, avg = 0.0, 0, None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
g = running_avg()
next(g)
print([g.send(v) for v in [10, 20, 30, 40]])
