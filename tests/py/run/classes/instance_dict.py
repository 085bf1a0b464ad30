class C:
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(c.__dict__, vars(c) is c.__dict__)
c.__dict__["z"] = 26
print(c.z)
setattr(c, "w", 0)
delattr(c, "a")
print(sorted(c.__dict__.items()))
print(C.__dict__["__init__"].__name__, "__weakref__" in C.__dict__)
