# Instructions the compiled tier now handles itself (super().method, with, f(*args, **kw), dict/set
# displays with unpacking, starred assignment, del obj.attr): each runs hot, with its edge cases.
class Base:
    def greet(self, x):
        return ("Base.greet", x)

    def __init__(self, v):
        self.v = v

    @classmethod
    def make(cls):
        return cls.__name__

    @property
    def kind(self):
        return "base"


class Mid(Base):
    def greet(self, x):
        return ("Mid",) + super().greet(x)

    @property
    def kind(self):
        return "mid+" + super().kind


class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v * 2)

    def greet(self, x):
        return ("Leaf",) + super(Leaf, self).greet(x)

    @classmethod
    def make(cls):
        return "leaf:" + super().make()

    def cls_of_super(self):
        return super().__class__.__name__


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append(("exit", exc[0].__name__ if exc[0] else None))
        return exc[0] is KeyError


def star(*args, **kw):
    return len(args), sorted(kw)


def work(i):
    leaf = Leaf(i)
    g = leaf.greet(i)
    log = []
    with Ctx(log):
        pass
    with Ctx(log):
        raise KeyError(i)
    args = (1, 2, i)
    kw = {"a": 1}
    r = star(*args, **kw), star(*[i], b=2, **{"c": 3})
    d = {"x": 1, **kw, **{"y": i}}
    s = {1, *args}
    first, *rest, last = range(5 + i % 3)
    leaf.extra = 1
    del leaf.extra
    return g, leaf.v, leaf.kind, Leaf.make(), leaf.cls_of_super(), log, r, sorted(d.items()), sorted(s), first, rest, last


for i in range(1500):
    out = work(i)
print(out)
try:
    with Ctx([]):
        raise ValueError("not swallowed")
except ValueError as e:
    print("ValueError", e)
try:
    star(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    del Leaf(1).nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    super(Leaf, 1).greet(0)
except TypeError as e:
    print("TypeError", e)
