a, b, c = 1, 2, 3
print(a < b < c, a == b == c, a != b != a, a < b <= 2 < c)
x = [1, 2]
print(1 in x in [[1, 2]], 3 not in x, x is x, x is not [1, 2])
