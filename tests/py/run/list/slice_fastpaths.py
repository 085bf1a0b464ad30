# List slicing and slice assignment with int/None bounds (the direct paths) against every clamping
# rule; [k::-1]; big replacements; list/tuple subclasses with their own __iter__; pop positions.
xs = list(range(10))
bounds = [None, -15, -10, -3, -1, 0, 1, 4, 9, 10, 15]
out = []
for a in bounds:
    for b in bounds:
        out.append(xs[a:b])
        out.append(xs[a:b:1])
    out.append(xs[a::-1])
print(out)

for a in bounds:
    for b in bounds:
        for repl in ([], [100], [100, 101, 102], (7, 8)):
            ys = list(range(6))
            ys[a:b] = repl
            out.append(ys)
print(out[-200:])
ys = list(range(5))
ys[1:3] = ys
print(ys)
ys = list(range(5))
ys[:] = ys
print(ys)
big = list(range(300000))
ys = [1, 2, 3]
ys[1:2] = big
print(len(ys), ys[:3], ys[-3:])
ys[5:200000] = []
print(len(ys), ys[:7])
ys[10:10] = big
print(len(ys), ys[9:12], ys[-2:])
ys[0:300005] = (1, 2)
print(len(ys), ys[:4])


class Rev(list):
    def __iter__(self):
        return reversed(self[:])


class RevT(tuple):
    def __iter__(self):
        return iter((9, 9))


zs = [0, 0, 0]
zs[1:2] = Rev([1, 2, 3])
print(zs)
zs[0:1] = RevT((5, 6, 7))
print(zs)
zs.extend(Rev([4, 5]))
zs.extend(RevT((1,)))
print(zs)
zs = [1, 2]
zs.extend(zs)
print(zs)

ps = list(range(8))
print(ps.pop(0), ps.pop(3), ps.pop(-2), ps.pop(), ps)
try:
    ps.pop(10)
except IndexError as e:
    print("IndexError", e)
print(ps[True:], ps[:False], ps[0:2**70], ps[-(2**70):1])
