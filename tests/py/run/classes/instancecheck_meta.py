class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Positive(metaclass=Meta):
    pass
print(isinstance(5, Positive), isinstance(-1, Positive), issubclass(bool, Positive), issubclass(int, Positive))
