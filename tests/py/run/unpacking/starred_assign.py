a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(2)
print(a, b, c)
(a, b), c = [1, 2], 3
print(a, b, c)
[a, [b, *c]] = (0, "hey")
print(a, b, c)
