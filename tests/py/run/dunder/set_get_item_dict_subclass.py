class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = Lower()
d["ABC"] = 1
print(d["aBc"], dict(d), d.get("abc"))
