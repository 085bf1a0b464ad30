for z in [0j, -0j, 1j, -1j, complex(0, -0.0), complex(-0.0, 0), complex(1e20, 1e-5), complex(1.5, float("inf")), 3 + 0j]:
    print(repr(z), str(z))
print(complex("inf+nanj"), complex("(1+2j)"), complex(real=3), complex(imag=2))
