# Chaos game: an iterated function system of contractive affine maps plus a quadratic Bezier warp,
# driven by a small linear congruential generator; points are binned into a coarse grid (no image).
# Exercises: float arithmetic, small objects, method calls, integer hashing of grid cells into a dict.
import sys


class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def next(self):
        # 31-bit LCG (same constants as many C libraries); deterministic across implementations
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n


class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def lerp(self, other, t):
        return Vec(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)


class Affine(object):
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return Vec(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class BezierWarp(object):
    # maps the unit square into itself by evaluating a quadratic Bezier curve in x and blending in y
    def __init__(self, p0, p1, p2, weight):
        self.p0 = p0
        self.p1 = p1
        self.p2 = p2
        self.weight = weight

    def apply(self, p):
        t = p.x
        q0 = self.p0.lerp(self.p1, t)
        q1 = self.p1.lerp(self.p2, t)
        c = q0.lerp(q1, t)
        return Vec(0.5 * c.x + 0.25, 0.5 * (c.y * 0.5 + p.y * 0.5) + 0.25)


def make_maps():
    maps = [
        Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 3),
        Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 3),
        Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 3),
        Affine(0.3, -0.2, 0.2, 0.3, 0.35, 0.3, 1),
        BezierWarp(Vec(0.0, 0.2), Vec(0.5, 1.0), Vec(1.0, 0.2), 2),
    ]
    table = []
    for m in maps:
        for _ in range(m.weight):
            table.append(m)
    return table


def clamp(v):
    if v < 0.0:
        return 0.0
    if v > 0.999999:
        return 0.999999
    return v


def run(iterations, size):
    rng = Rng(42)
    table = make_maps()
    p = Vec(0.5, 0.5)
    cells = {}
    for i in range(iterations):
        m = table[rng.below(len(table))]
        p = m.apply(p)
        if i < 20:
            continue  # let the point settle onto the attractor
        key = int(clamp(p.x) * size) * size + int(clamp(p.y) * size)
        cells[key] = cells.get(key, 0) + 1
    return cells


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    size = 64
    cells = None
    for _ in range(reps):
        cells = run(100000, size)
    weighted = 0
    for key in sorted(cells):
        weighted = (weighted * 31 + key * cells[key]) % 1000000007
    print("chaos", reps, len(cells), max(cells.values()), weighted)


main()
