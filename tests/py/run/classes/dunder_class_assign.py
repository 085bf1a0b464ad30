class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
o = A()
print(o.who())
o.__class__ = B
print(o.who(), type(o).__name__)
