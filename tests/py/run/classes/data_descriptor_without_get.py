# A data descriptor (it has __set__) without __get__ does not hide the instance's own value: the
# attribute lookup finds the class's descriptor object only while the instance dict has no entry.
class SetOnly:
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2

class DeleteOnly:
    def __delete__(self, obj):
        print("delete called")

class X:
    a = SetOnly("a")
    b = DeleteOnly()

x = X()
print(type(x.a).__name__, type(x.b).__name__)
x.a = 21
print(x.a, x.__dict__)
x.__dict__["b"] = "own"
print(x.b)
del x.b
print(x.b, vars(x))

# a metaclass data descriptor without __get__: the class's own attribute wins
class SetOnlyMeta:
    def __set__(self, obj, value):
        print("meta set", value)

class Meta(type):
    c = SetOnlyMeta()

class Y(metaclass=Meta):
    c = "class value"

print(Y.c)
Y.c = 5
print(Y.c)

class Z(metaclass=Meta):
    pass

print(type(Z.c).__name__)
