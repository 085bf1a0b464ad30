print(max(1, 5, 3), min([4, 2, 8]), max("apple", "pear", key=len), min([], default=None), max([3, 1], default=0))
print(max([(1, "b"), (1, "a")]), min(1, 2.5), max([1, 2, 3], key=lambda x: -x), max({"a": 5, "b": 1}))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
