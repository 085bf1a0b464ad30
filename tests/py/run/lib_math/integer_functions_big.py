# comb/perm/factorial/isqrt/gcd/lcm on large operands (cross-checked identities and digits).
import math

n = 500
print(math.comb(n, 250) % 10**12, len(str(math.comb(n, 250))), math.comb(n, 250) == math.comb(n, n - 250))
print(math.perm(100, 50) == math.factorial(100) // math.factorial(50), str(math.perm(60, 30))[:20])
print(sum(math.comb(30, k) for k in range(31)) == 2 ** 30, math.comb(10**6, 2), math.comb(2**64, 1))
f = math.factorial(2000)
print(f.bit_length(), f % 1000003, f // 10**5700)
for v in (10**100, 2**521 - 1, 3**200 + 12345, 99999999999999999999):
    r = math.isqrt(v)
    print(r * r <= v < (r + 1) * (r + 1), str(r)[:20])
print(math.gcd(2**200 * 3**50, 6**120), math.lcm(*range(1, 40)), math.gcd(*[k * 7919 for k in range(1, 50)]))
print(math.lcm(2**64, 3**40) == 2**64 * 3**40, math.gcd(-(10**30), 10**20), math.gcd(10**30, 0, -5))
print([math.isqrt(k) for k in (0, 1, 2, 3, 4, 15, 16, 17, 2**52, 2**52 + 1, 2**53 - 1, 2**106)])
