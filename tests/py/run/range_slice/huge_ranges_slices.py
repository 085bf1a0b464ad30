# ranges and slices beyond 2**53 / sys.maxsize keep exact values
import sys
print(slice(None, None, None).indices(2**100), slice(-5, None, 3).indices(2**100), slice(None, None, -1).indices(2**70))
print(slice(10**30, -10**30, -7).indices(10**20), slice(0, 10**40).indices(10))
r = range(10**20)
print(r.count(1), r.count(10**20), r.index(12345678901234567890), r.index(True), range(5).count(1.0))
try:
    r.index(-1)
except ValueError as e:
    print(e)
print(r[5:10], r[-3:], r[::10**19], r[10**19::-10**18][:3], list(r[-2:]))
x = range(-2**65, 2**65, 3)
idx = 2**64 + 5
print(x[idx], x[idx:idx + 1][0] == x[idx], x[idx:idx + 3], x.index(x[idx]) == idx)
s = range(0, 2**52, 2**40)
print(s[0:2**20:3], s[::-1][:2])
big = range(2**53 - 10, 2**53 + 10)
print(list(big[-3:]), big.index(2**53 + 5), 2**53 + 5 in big)
y = range(0, 10**18, 3)
print(y[10**17:], y[::10**17])
