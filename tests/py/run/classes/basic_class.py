class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims, type(p).__name__)
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
