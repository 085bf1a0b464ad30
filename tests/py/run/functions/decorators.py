def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
def param(n):
    def d(f):
        return lambda *a: f(*a) * n
    return d
@deco
@param(3)
def add(a, b):
    return a + b
print(add(1, 2))
@deco
class K:
    pass
print(K.__name__, K.__qualname__)
