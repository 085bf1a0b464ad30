class D(dict):
    def __missing__(self, k):
        self[k] = v = len(self)
        return v
d = D()
print(d["a"], d["b"], d["a"], d)
print(d.get("zz"), "zz" in d)
