class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(p.y)
except AttributeError as e:
    print(e)
p.y = 2
print(p.y, P.x.__name__, type(P.x).__name__)
class Q(P):
    pass
q = Q(1); q.z = 5
print(q.z, q.__dict__)
