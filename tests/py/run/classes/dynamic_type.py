def init(self, v):
    self.v = v
T = type("T", (object,), {"__init__": init, "kind": "dyn", "show": lambda self: f"T({self.v})"})
t = T(3)
print(T.__name__, t.show(), t.kind, T.__bases__, type(T))
S = type("S", (T,), {})
print(S(1).show(), S.__mro__)
print(type(5), type("x") is str)
