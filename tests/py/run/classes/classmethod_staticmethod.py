class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
class D(C):
    pass
d = D.make()
print(type(d).__name__, C.count, C.helper(4), d.helper(5))
print(type(C.__dict__["make"]).__name__, type(C.__dict__["helper"]).__name__)
