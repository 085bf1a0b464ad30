class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class M:
    a = Field()
    b = Field()
print(M.a.name, M.b.name)
f = Field()
class N:
    pass
N.c = f
print(hasattr(f, "name"))
