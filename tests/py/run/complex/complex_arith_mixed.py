print(1 + 2j + 3, (1 + 2j) * 2.5, 2 - (1 - 1j), (1 + 1j) ** 3, (2 + 0j) ** 0.5, pow(1j, 2), 1j ** 0)
print((3 + 4j).__abs__(), complex(1, 1) == complex("1+1j"), hash(1 + 0j) == hash(1), -(0j), (1 + 2j).imag.is_integer())
print(divmod.__name__, (1+1j).real.hex())
for bad in [lambda: (1j) // 1, lambda: (1j) % 1, lambda: divmod(1j, 1), lambda: int(1j), lambda: float(1j)]:
    try:
        bad()
    except TypeError as e:
        print(e)
