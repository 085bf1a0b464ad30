class R:
    def __radd__(self, o): return f"radd({o})"
    def __rsub__(self, o): return f"rsub({o})"
    def __rmul__(self, o): return f"rmul({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __rfloordiv__(self, o): return f"rfloordiv({o})"
    def __rmod__(self, o): return f"rmod({o})"
    def __rpow__(self, o): return f"rpow({o})"
    def __rmatmul__(self, o): return f"rmatmul({o})"
    def __rlshift__(self, o): return f"rlshift({o})"
    def __rrshift__(self, o): return f"rrshift({o})"
    def __rand__(self, o): return f"rand({o})"
    def __ror__(self, o): return f"ror({o})"
    def __rxor__(self, o): return f"rxor({o})"
    def __rdivmod__(self, o): return f"rdivmod({o})"
r = R()
print(1 + r, 2 - r, 3 * r, 4 / r, 5 // r, 6 % r, 7 ** r, [] @ r)
print(1 << r, 2 >> r, 3 & r, 4 | r, 5 ^ r, divmod(6, r), "s" + r)
