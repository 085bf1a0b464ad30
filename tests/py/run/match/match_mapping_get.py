class M(dict):
    def get(self, k, d=None):
        print("get", k)
        return super().get(k, d)
match M(a=1, b=2):
    case {"a": 1, "b": b}:
        print("matched", b)
match {1: "int key", "1": "str key"}:
    case {1: v}:
        print(v)
