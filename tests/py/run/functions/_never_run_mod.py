# Helper for never_run_code: functions defined here are inspected before any of them runs.
K = 10

def outer(a, b=2, *args, c, **kw):
    x = a + b
    def inner(y):
        return x + y + K
    return inner

def gen(n):
    for i in range(n):
        yield i * K

class C:
    def method(self, v):
        try:
            return v.missing
        except AttributeError:
            return [w * 2 for w in (v, v + 1)]

    @staticmethod
    def stat(q):
        return lambda r: q + r

def raises():
    raise ValueError("from a function decoded late")

def setter():
    global Z
    Z = K * 3
