class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen(1)
print(f.x)
for action in [lambda: setattr(f, "x", 2), lambda: delattr(f, "x")]:
    try:
        action()
    except AttributeError as e:
        print(e)
class Track:
    def __setattr__(self, n, v):
        print("set", n, v)
        super().__setattr__(n, v)
t = Track(); t.a = 5
print(t.a)
