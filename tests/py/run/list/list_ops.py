a = [1, 2]
print(a + [3], a * 2, [0] * 3, 2 in a, a == [1, 2], a < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
b = [[]] * 3
b[0].append(1)
print(b)
try:
    a + (3,)
except TypeError as e:
    print(e)
try:
    a[5] = 1
except IndexError as e:
    print(e)
print(a[-1], list("abc"), list(range(3)), list({"x": 1}), [*a, *a])
