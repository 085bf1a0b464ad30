class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"
class C:
    attr = NonData()
c = C()
print(c.attr)
c.__dict__["attr"] = "from instance"
print(c.attr)
class Data(NonData):
    def __set__(self, obj, v):
        print("set called", v)
class D:
    attr = Data()
d = D()
d.__dict__["attr"] = "instance"
print(d.attr)
d.attr = 5
