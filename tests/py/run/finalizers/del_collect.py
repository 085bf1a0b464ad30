# __del__ runs once an instance is unreachable: by the time gc.collect() returns, for what was dropped
import gc

log = []


class Res:
    def __init__(self, n):
        self.n = n
        self.data = [n] * 3

    def __del__(self):
        log.append(("del", self.n, sum(self.data)))


def make(k):
    for i in range(k):
        Res(i)


make(5)
gc.collect()
print(sorted(log))


def make_one(cls):
    cls()



# a local dropped by `del` and a function's temporaries
log.clear()


def work():
    r = Res(10)
    t = Res(11)
    del r
    return t.n


print(work())
gc.collect()
print(sorted(log))

# what stays referenced is not finalised
log.clear()
keep = [Res(20), Res(21)]
gc.collect()
print(log)
keep.pop()
gc.collect()
print(log)

# the instance __del__ sees has the attributes, the class and the id of the one that was dropped
seen = []


class Probe:
    def __del__(self):
        seen.append((type(self).__name__, id(self), vars(self)))


p = Probe()
p.x = 1
p.y = "two"
pid = id(p)
del p
gc.collect()
print([(name, i == pid, attrs) for name, i, attrs in seen])


# __slots__ classes keep their slot values
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = "A"
        self.b = "B"

    def __del__(self):
        seen.append(("slotted", self.a, self.b))


seen.clear()
make_one(Slotted)
gc.collect()
print(seen)


# an inherited __del__ runs for a subclass, and super() reaches the base's
class Base:
    def __del__(self):
        seen.append("base")


class Derived(Base):
    def __del__(self):
        seen.append("derived")
        super().__del__()


seen.clear()
make_one(Derived)
gc.collect()
print(seen)
