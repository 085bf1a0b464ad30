it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
calls = [3, 2, 1, 0, 5]
f = lambda: calls.pop(0)
print(list(iter(f, 0)))
try:
    iter(5)
except TypeError as e:
    print(e)
