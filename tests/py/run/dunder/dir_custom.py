class C:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(C()))
class D:
    x = 1
    def m(self): pass
names = dir(D())
print("x" in names, "m" in names, "__init__" in names, names == sorted(names))
