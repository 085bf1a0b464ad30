# //, % and divmod() with divisors of thousands of bits and quotients small, near 2**20 / 2**40, and
# large; operands exactly on quotient boundaries, every sign combination, int subclasses.


def gen(seed):
    state = seed

    def bits(n):
        nonlocal state
        out = 0
        for _ in range(0, n, 31):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            out = (out << 31) | state
        return out >> (-n % 31) if n % 31 else out

    return bits


bits = gen(11)
checksum = 0
count = 0
for nb in (2900, 3000, 3001, 3100, 4096, 6000, 20000):
    for qbits in (0, 1, 4, 19, 20, 21, 39, 40, 41, 64, 300, 5000):
        y = bits(nb) | (1 << (nb - 1))
        q = bits(qbits) if qbits else 0
        for delta in (0, 1, -1, y - 1, -y + 1, bits(nb // 2), y // 2, y // 2 + 1):
            x = q * y + delta
            for sx in (1, -1):
                for sy in (1, -1):
                    a, b = sx * x, sy * y
                    d, m = divmod(a, b)
                    assert d == a // b and m == a % b, (nb, qbits, delta)
                    assert d * b + m == a
                    assert (m == 0) or ((m > 0) == (b > 0))
                    assert abs(m) < abs(b)
                    checksum = (checksum * 1000003 + d % 1000000007 + m % 998244353) % (1 << 61)
                    count += 1
print(count, checksum)

# exact multiples and their neighbours
y = (1 << 5000) + 12345
for k in (1, 2, 3, 1 << 20, (1 << 20) - 1, (1 << 40) + 7):
    for off in (-1, 0, 1):
        x = k * y + off
        print(k, off, x // y - k, x % y - (off % y), divmod(-x, y)[0] + k)


class MyInt(int):
    pass


a = MyInt((1 << 4000) * 7 + 5)
b = MyInt(-(1 << 3500) - 3)
print(type(a // b).__name__, (a // b) == int(a) // int(b), a % b == int(a) % int(b))
print(divmod(a, b) == divmod(int(a), int(b)), type(divmod(a, b)[1]).__name__)
try:
    (1 << 4000) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1 << 4000, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (1 << 4000) % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# Gibbons' spigot: repeated divisions with one-digit quotients
q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 1200:
    if 4 * q + r - t < n * t:
        digits.append(n)
        q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
    else:
        q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
print("".join(map(str, digits[-30:])), sum(digits))
