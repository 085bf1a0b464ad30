def f(a, b):
    pass
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2, c=3), lambda: f(1, a=1), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, b=1, *, c):
    pass
for call in [lambda: g(), lambda: g(1, 2, 3), lambda: g(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
