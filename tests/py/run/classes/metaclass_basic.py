class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class Base(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v
class Sub(Base):
    pass
print(Base.created_by, Base.extra, type(Base).__name__, Sub.extra)
s = Sub(7)
print(s.v, type(Sub) is Meta)
