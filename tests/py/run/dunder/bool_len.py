class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __len__(self): return 3
class Z:
    def __len__(self): return 0
print(bool(B(True)), bool(B(False)), bool(L()), bool(Z()), bool(object()))
print("yes" if L() else "no", not Z())
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)
