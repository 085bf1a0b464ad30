def f(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*(1, 2), *[3, 4]), f(1, *range(2, 4), d=4), f(**dict(a=1, b=2, c=3, d=4)))
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
