# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), power method.
# Exercises: float division, nested loops over ranges, list comprehensions, function calls.
import sys


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("spectral_norm", n, "%.9f" % ((vbv / vv) ** 0.5))


main()
