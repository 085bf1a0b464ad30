class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __index__(self): return 9
print(int(N()), float(N()), complex(N()), round(2.5), bin(N()))
class T:
    def __trunc__(self): return 4
try:
    print(int(T()))
except TypeError as e:
    print("TypeError", e)
class R:
    def __round__(self, n=None): return ("round", n)
print(round(R()), round(R(), 2))
