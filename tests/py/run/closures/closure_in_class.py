def factory(n):
    class Box:
        size = n
        def get(self):
            return n * 2
    return Box
B = factory(21)
print(B.size, B().get())
x = "global"
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
