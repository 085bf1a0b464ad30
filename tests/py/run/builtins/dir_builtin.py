class C:
    b = 1
    def a(self): pass
print([n for n in dir(C) if not n.startswith("__")], "append" in dir([]), "upper" in dir(""))
def f():
    x = 1
    y = 2
    return dir()
print(f())
