class Meta(type):
    def describe(cls):
        return f"class {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class C(metaclass=Meta): pass
print(C.describe(), C.upper_name, hasattr(C(), "describe"))
