class Evens:
    def __contains__(self, x): return x % 2 == 0
print(4 in Evens(), 5 in Evens(), 5 not in Evens())
class ViaIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in ViaIter(), 9 in ViaIter())
class ViaGetitem:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
print(30 in ViaGetitem(), 35 in ViaGetitem())
try:
    1 in 5
except TypeError as e:
    print(e)
