class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
class MyInt(int):
    pass
l = MyList([1, 2, 3]); l.append(4)
print(l, l.total(), type(l).__name__, isinstance(l, list))
d = MyDict(a=1)
print(d["a"], d["zz"], d)
s = MyStr("hey")
print(s.shout(), s + "x", type(s + "x").__name__)
i = MyInt(5)
print(i + 1, type(i + 1).__name__, repr(i))
