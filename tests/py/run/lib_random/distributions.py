# Statistics of many seeded draws (sums/means printed exactly) across random.py's distributions.
import random
import math

r = random.Random(2024)
print(math.fsum(r.random() for _ in range(1000)), sum(r.randrange(1000) for _ in range(1000)))
print(math.fsum(r.gauss(10, 2) for _ in range(500)), math.fsum(r.normalvariate(0, 1) for _ in range(500)))
print(math.fsum(r.expovariate(1.5) for _ in range(300)), math.fsum(r.gammavariate(3, 2) for _ in range(300)))
print(math.fsum(r.betavariate(0.5, 0.5) for _ in range(200)), math.fsum(r.vonmisesvariate(0, 0.1) for _ in range(200)))
print([r.randint(-3, 3) for _ in range(20)], [r.getrandbits(3) for _ in range(10)])
deck = list(range(52))
r.shuffle(deck)
print(deck[:13], r.sample(deck, 4), r.sample(range(10**9), 3), r.choices(deck, k=5))
print(r.binomialvariate(1000, 0.5), r.binomialvariate(5, 0.9), r.triangular(), r.uniform(-1, 1))
print(sorted(r.sample("abcdefgh", counts=[1, 2, 3, 1, 1, 1, 1, 5], k=6)))
