# _random.Random: MT19937 seeded from ints (abs value, 32-bit key words), random(), getrandbits of any
# width, getstate/setstate round trips and their errors.
import _random

r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(5), r.getrandbits(100), r.getrandbits(32), r.getrandbits(33))
print(r.getrandbits(0), r.getrandbits(1), r.getrandbits(64), r.getrandbits(1000) % 1000003)
for s in (0, 1, -1, 2**32, 2**32 - 1, 2**100 + 12345, -(2**100 + 12345), 10**50, True):
    r.seed(s)
    print(s, r.random(), r.getrandbits(40))
r.seed(7)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[0], st[1], st[623])
a = [r.random() for _ in range(700)]
r.setstate(st)
print(a == [r.random() for _ in range(700)])
print(r.getstate()[-1])


class Sub(_random.Random):
    def __init__(self, x, extra=None):
        super().__init__(x)
        self.extra = extra


s = Sub(42, extra="e")
print(s.random(), s.extra, isinstance(s, _random.Random), type(s).__mro__[1].__name__)
print(_random.Random(3).random() == _random.Random(3).random(), _random.Random().random() < 1.0)
for bad in [lambda: r.setstate([0] * 625), lambda: r.setstate((0,) * 10), lambda: r.setstate((0,) * 624 + (625,)),
            lambda: r.setstate((0,) * 624 + (-1,)), lambda: r.getrandbits(-1), lambda: _random.Random(1, 2),
            lambda: _random.Random(x=1), lambda: r.getrandbits(2.0), lambda: r.seed(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
