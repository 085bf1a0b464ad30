def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
print(outer.__name__, outer(1).__qualname__, outer(1)(2).__qualname__)
