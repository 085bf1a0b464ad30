a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *a}, {**{"x": 1}, "y": 2, **{"x": 3}})
print(*a, *"bc", sep="|")
first, *_ = {"k": 1, "j": 2}
print(first)
