# Pidigits: the first N decimal digits of pi with Gibbons' unbounded spigot, plain int arithmetic only,
# plus a factorial/Fibonacci pass to mix large multiplies, floor division, modulo and str() of big ints (kept below the 4300-digit str limit).
# Exercises: arbitrary-precision int add/mul/floordiv/divmod, int -> str conversion, int comparisons.
import sys


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return out


def big_mix(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    a, b = 0, 1
    for _ in range(n * 4):
        a, b = b, a + b
    s = str(f)
    digit_sum = 0
    for ch in s:
        digit_sum += ord(ch) - 48
    q, rem = divmod(f, b)
    return len(s), digit_sum, rem % 1000000007, (q >> 100) & 0xFFFF, (-f - 12345) // 7 % 1000


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    digits = pi_digits(count)
    text = "".join([str(d) for d in digits])
    total = sum(digits)
    print("bigint", count, text[:20], text[-20:], total, big_mix(1200))


main()
