# Ray tracer: spheres over a checkered plane, one point light, diffuse + specular shading, hard shadows
# and mirror reflections; the image is reduced to a checksum instead of being written out.
# Exercises: vector objects with operator overloading (__add__, __sub__, __mul__), float math,
# virtual dispatch between shapes, recursion.
import sys


class Vector(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray(object):
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


EPSILON = 0.00001


class Sphere(object):
    def __init__(self, centre, radius, colour, reflectivity):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflectivity = reflectivity

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).normalized()

    def colour_at(self, p):
        return self.colour


class Plane(object):
    def __init__(self, point, normal, reflectivity):
        self.point = point
        self.normal = normal.normalized()
        self.reflectivity = reflectivity

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if -EPSILON < denom < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        # checkerboard from the floor coordinates
        if (int(p.x + 1000.0) + int(p.z + 1000.0)) % 2 == 0:
            return Vector(0.9, 0.9, 0.9)
        return Vector(0.1, 0.1, 0.1)


def shininess(x):
    # x ** 32 by repeated squaring, so every implementation computes the same float
    for _ in range(5):
        x = x * x
    return x


class Scene(object):
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-2.2, 0.8, 6.5), 0.8, Vector(0.2, 0.9, 0.3), 0.2),
            Sphere(Vector(2.0, 0.6, 4.0), 0.6, Vector(0.2, 0.3, 0.9), 0.5),
            Sphere(Vector(0.7, 0.3, 3.2), 0.3, Vector(0.9, 0.9, 0.2), 0.0),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 0.25),
        ]
        self.light = Vector(-3.0, 6.0, 0.0)
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, p, to_light, distance):
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.2, 0.3, 0.5) * k + Vector(0.8, 0.8, 0.8) * (1.0 - k)
        p = ray.at(t)
        n = obj.normal_at(p)
        base = obj.colour_at(p)
        to_light = self.light - p
        dist = to_light.length()
        l = to_light * (1.0 / dist)
        intensity = self.ambient
        spec = 0.0
        if not self.shadowed(p, l, dist):
            lambert = n.dot(l)
            if lambert > 0.0:
                intensity += lambert
                h = (l - ray.direction).normalized()
                s = n.dot(h)
                if s > 0.0:
                    spec = shininess(s)
        colour = base * intensity + Vector(1.0, 1.0, 1.0) * spec
        if depth > 0 and obj.reflectivity > 0.0:
            r = ray.direction.reflect(n)
            reflected = self.trace(Ray(p, r), depth - 1)
            colour = colour * (1.0 - obj.reflectivity) + reflected * obj.reflectivity
        return colour


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def render(width, height):
    scene = Scene()
    eye = Vector(0.0, 1.5, -2.0)
    look = Vector(0.0, 0.8, 5.0)
    forward = (look - eye).normalized()
    right = forward.cross(Vector(0.0, 1.0, 0.0)).normalized() * -1.0
    up = right.cross(forward) * -1.0
    checksum = 0
    for y in range(height):
        for x in range(width):
            u = (x + 0.5) / width - 0.5
            v = 0.5 - (y + 0.5) / height
            d = forward + right * (u * 1.2) + up * (v * 1.2 * height / width)
            c = scene.trace(Ray(eye, d), 3)
            pixel = (to_byte(c.x) << 16) | (to_byte(c.y) << 8) | to_byte(c.z)
            checksum = (checksum * 33 + pixel) % 4294967291
    return checksum


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    result = None
    for _ in range(reps):
        result = render(120, 90)
    print("raytrace", reps, result)


main()
