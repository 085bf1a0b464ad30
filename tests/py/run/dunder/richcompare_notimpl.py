class A:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return "A.gt"
print(A() < A())
class X:
    def __ge__(self, o): return "X.ge"
print(1 <= X(), X() >= 1)
