# complex("-nan") keeps the sign bit; complex == huge int compares exactly (no OverflowError)
from math import copysign

print(copysign(1.0, complex("-nan").real), copysign(1.0, complex("-nanj").imag), copysign(1.0, complex("nan").real))
print(copysign(1.0, complex("-nan+1j").real), copysign(1.0, complex("1-nanj").imag))
print(complex.__eq__(1 + 1j, 1 << 10000), complex.__ne__(1 + 0j, 1 << 2000), (1 + 0j) == 1 << 2000)
print(complex(2.0**60) == 2**60, complex(2.0**60) == 2**60 + 1, complex(2.0**60, 1) == 2**60)
print(complex.__eq__(1 + 1j, None), complex.__lt__(1 + 1j, None))
print(complex(float("inf")) == 1 << 2000, 1 << 2000 == complex(1e300))
