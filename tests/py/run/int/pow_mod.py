# pow(a, b, m): small moduli (exact double arithmetic), the boundary 94906265, large and negative
# moduli, negative exponents (modular inverse), bool and int-subclass operands, and the errors.
out = []
for a in (0, 1, 2, 7, -3, 12345678, -(2**40), 2**52 + 3):
    for b in (0, 1, 2, 3, 10, 65537, 2**40 + 1, 2**53 + 5):
        for m in (1, -1, 2, 7, -7, 97, 1000003, -1000003, 94906265, -94906265, 94906266, 10**9 + 7, 2**61 - 1):
            out.append(pow(a, b, m))
print(out)
print(pow(3, -1, 7), pow(-3, -2, 11), pow(2, -1, -9))
for bad in ((2, -1, 4), (1, 2, 0)):
    try:
        pow(*bad)
    except ValueError as e:
        print("ValueError", e)


class M(int):
    def __pow__(self, other, mod=None):
        return "M.__pow__"


print(pow(True, 5, 3), pow(3, True, 2), pow(5, 3, True), pow(M(2), 3, 5), pow(2, M(3), 5), type(pow(M(2), 3)).__name__)
