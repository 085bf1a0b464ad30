# Exact integer functions (bigints) and logarithms of huge ints.
import math

print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(1000))))
print(math.factorial(100) % (10**9 + 7), math.factorial(True))
print(math.comb(100, 30), math.comb(10, 11), math.comb(5, 0), math.comb(10**20, 3))
print(math.perm(20, 5), math.perm(5), math.perm(5, None), math.perm(3, 4), math.perm(10**15, 2))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**50), math.isqrt(2**200 - 1), math.isqrt(True))
print(math.gcd(), math.gcd(-4), math.gcd(12, 18, 27), math.gcd(2**100, 6**50), math.gcd(0, 0), math.gcd(-12, 0))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6, 10), math.lcm(2**70, 3**40, 0), math.lcm(-3, 4))
for n in (10**400, 2**1024, 2**1024 - 1, 3**1000, 10**23, 2**53 + 1, True):
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 3))
print(math.log(8, 2), math.log(100, 10), math.log(2.5, 0.5), math.log10(1000), math.log2(1024))
print(math.log(10**1000, 10**500))


class Idx:
    def __index__(self):
        return 7


print(math.factorial(Idx()), math.isqrt(Idx()), math.gcd(Idx(), 21), math.comb(Idx(), 2))
for f, args in [(math.factorial, (-1,)), (math.factorial, (2.0,)), (math.comb, (5, -1)),
                (math.comb, (-5, 1)), (math.perm, (-1, 1)), (math.isqrt, (-5,)), (math.gcd, (1, 2.5)),
                (math.lcm, ("a",)), (math.comb, (1.0, 1)), (math.log, (0,)), (math.log, (-(10**400),)),
                (math.log2, (0,)), (math.log, (10, 1)), (math.log, (10, 0))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
