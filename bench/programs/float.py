# Float: create many 3-D points from sin/cos, normalize each, then reduce to the component-wise maximum.
# Exercises: float arithmetic, object allocation with three attributes, method calls, a pure-Python sin/cos.
import sys

PI = 3.141592653589793
TWO_PI = 2.0 * PI


def _reduce(x):
    # bring x into [-pi, pi] so the Taylor series converges quickly
    k = int(x / TWO_PI)
    x -= k * TWO_PI
    if x > PI:
        x -= TWO_PI
    elif x < -PI:
        x += TWO_PI
    return x


def sin(x):
    x = _reduce(x)
    term = x
    total = x
    x2 = x * x
    n = 1
    while n < 30:
        term = -term * x2 / ((n + 1) * (n + 2))
        total += term
        n += 2
    return total


def cos(x):
    x = _reduce(x)
    term = 1.0
    total = 1.0
    x2 = x * x
    n = 0
    while n < 30:
        term = -term * x2 / ((n + 1) * (n + 2))
        total += term
        n += 2
    return total


class Point(object):
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(count):
    points = [Point(i) for i in range(count)]
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    result = None
    for _ in range(reps):
        result = run(25000)
    print("float", reps, repr(result))


main()
