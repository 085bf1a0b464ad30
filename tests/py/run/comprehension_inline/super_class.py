# super() and __class__ inside comprehensions in methods: the comprehension runs in the method's frame,
# so zero-argument super() finds the method's first argument.
class Base:
    def value(self, i):
        return f"base{i}"

    @classmethod
    def make(cls, n):
        return [cls.__name__ + str(i) for i in range(n)]


class Child(Base):
    def value(self, i):
        return [super().value(j) for j in range(i)]

    def classes(self):
        return [__class__.__name__ for _ in range(1)], {k: __class__ is Child for k in "a"}

    @classmethod
    def make(cls, n):
        return [super().make(1)[0] + "!" for _ in range(n)]

    def nested(self):
        return [[super().value(j) for j in range(i)] for i in range(3)]

    def with_lambda(self):
        fs = [lambda: super(Child, self).value(k) for k in range(2)]
        return [f() for f in fs]


c = Child()
print(c.value(2))
print(c.classes())
print(Child.make(2))
print(c.nested())
print(c.with_lambda())


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["keys"] = sorted(k for k in ns if not k.startswith("__"))
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    a = 1
    b = [i for i in range(2)]


print(WithMeta.keys)


class Private:
    __secret = 5

    def get(self):
        return [self.__secret + __i for __i in range(2)]


print(Private().get())
