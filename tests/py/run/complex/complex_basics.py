z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, z * z, z / (1 - 1j), z ** 2, 1j ** 2)
print(complex(1, 2), complex("1+2j"), complex(" 3j "), complex(2), repr(1j), repr(-0j), complex(-1.5, 0))
print(z == 3 + 4j, z != 3, (1 + 0j) == 1, type(z).__name__, 2j * 2, (1 + 2j) - 1)
try:
    z < z
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
