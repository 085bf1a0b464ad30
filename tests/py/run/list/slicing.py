l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::2], l[::-1], l[-3:-1], l[8:2:-2], l[100:], l[-100:2])
l[2:5] = ["a"]
print(l)
l[:0] = [-1, -2]
print(l)
l[::2] = "x" * len(l[::2])
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
del l[1::3]
print(l)
l[3:1] = [99]
print(l)
