l = [3, 1, 2]
def bad(x):
    if x == 2:
        raise ValueError("key failed")
    return x
try:
    l.sort(key=bad)
except ValueError as e:
    print(e, l)
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([(1, "b"), (1, "a")]))
print(max([1, 3, 2]), min([[2], [1, 5]]), max("abc", key=ord))
