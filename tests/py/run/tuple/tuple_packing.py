t = 1, 2, 3
print(t, type(t).__name__)
single = 5,
print(single, len(single))
def f():
    return 1, "two"
a, b = f()
print(a, b, f())
print(((1, 2), (3, 4))[1][0], tuple())
