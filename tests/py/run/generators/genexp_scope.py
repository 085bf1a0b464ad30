x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
first = (y for y in range(3))
def f():
    return list(v for v in range(int("3")))
print(f())
try:
    (1 / 0 for _ in range(1))
    print("lazy: not raised yet")
    list(1 / 0 for _ in [range(1)])
except ZeroDivisionError as e:
    print(e)
try:
    (z for z in 5)
except TypeError as e:
    print(e)
