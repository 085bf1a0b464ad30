class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a = C(1)
m = a.get
print(m(), m.__self__ is a, m.__func__ is C.get, C.get(a))
print(a.get == a.get, a.get is a.get)
ms = [C(i).get for i in range(3)]
print([f() for f in ms])
