# Random subclasses overriding random()/getrandbits(), state round trips through random.py, seeding
# of independent generators and the module-level functions bound to one hidden instance.
import random


class Fixed(random.Random):
    def random(self):
        return 0.25


class Bits(random.Random):
    def getrandbits(self, k):
        return k  # a deterministic, in-range stand-in


f = Fixed(1)
print(f.random(), f.uniform(0, 8), f.choice("abcd"), f.randrange(100))
b = Bits(1)
print(b.randrange(10), b.getrandbits(5))
g1, g2 = random.Random(99), random.Random(99)
print([g1.random() for _ in range(3)] == [g2.random() for _ in range(3)])
st = g1.getstate()
print(type(st).__name__, st[0], len(st[1]), st[2])
x = [g1.randint(0, 10**6) for _ in range(5)]
g1.setstate(st)
print(x == [g1.randint(0, 10**6) for _ in range(5)], x)
random.seed(5)
a = random.random()
random.seed(5)
print(a == random.random(), random.randrange(3, 30, 3), random.getrandbits(64))
try:
    random.Random().setstate((2, (0,) * 3, None))
except ValueError as e:
    print("ValueError", e)
print(random.Random("abc").random(), random.Random(b"abc").random(), random.Random(bytearray(b"abc")).random())
