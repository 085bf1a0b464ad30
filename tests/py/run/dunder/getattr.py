class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
class Dflt:
    x = 1
    def __getattr__(self, name):
        if name.startswith("z"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dflt()
print(d.x, d.zed, getattr(d, "q", "default"), hasattr(d, "q"))
