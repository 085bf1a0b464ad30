# random.py over _random: seeded sequences of every public method must be CPython's numbers
# (seeding from int, str and bytes through sha512; getstate/setstate; Random instances).
import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdefg"), random.gauss(0, 1))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.uniform(1, 2), random.normalvariate(0, 1))
print(random.expovariate(2), random.randrange(0, 1000, 7), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.lognormvariate(0, 0.5))
print(random.vonmisesvariate(1, 4), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.choices("abc", weights=[5, 1, 1], k=8), random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=4))
print(random.getrandbits(70), random.randbytes(6).hex(), random.binomialvariate(20, 0.3), random.binomialvariate(200, 0.7))
for s in ("hello", b"bytes", bytearray(b"ba"), 0, -7, 2**80):
    random.seed(s)
    print(repr(s), random.random(), random.randrange(10**30))
random.seed("old", version=1)
print(random.random())
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], st[0])
r = random.Random(12345)
print(r.randint(0, 10**6), r.sample(["x", "y", "z", "w"], 2), r.random())


class MyRandom(random.Random):
    pass


m = MyRandom(7)
print(m.random(), m.choice([1, 2, 3]))
for bad in (lambda: random.seed([1, 2]), lambda: random.randrange(0), lambda: random.choice([]),
            lambda: random.sample([1, 2], 3), lambda: random.randint(5, 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
