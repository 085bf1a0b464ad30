def f():
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
try:
    f()
except ValueError as e:
    print("caught", e)
def g():
    for _ in range(1):
        try:
            raise ValueError("lost")
        finally:
            pass
print(g.__name__)
