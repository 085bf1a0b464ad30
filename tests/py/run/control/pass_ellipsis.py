def f():
    pass
class C:
    ...
print(f(), C.__name__, ..., type(...).__name__)
if True:
    pass
print(Ellipsis is ...)
