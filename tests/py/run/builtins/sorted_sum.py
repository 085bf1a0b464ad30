print(sorted([3, 1, 2]), sorted("cba"), sorted([1, 2, 3], key=lambda x: -x), sorted([], reverse=True))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(e)
