# keywords given to a builtin container's constructor are rejected unless a subclass's own
# __init__ (or __new__) takes them
for base in (tuple, list, set, frozenset, float):
    arg = [1, 2] if base is not float else 1.5
    class plain(base):
        pass
    class with_init(base):
        def __init__(self, arg, newarg=None):
            self.newarg = newarg
    class with_new(base):
        def __new__(cls, arg, newarg=None):
            self = super().__new__(cls, arg)
            self.newarg = newarg
            return self
    for cls in (base, plain):
        try:
            cls(arg, x=1)
        except TypeError as e:
            print(cls.__name__, "TypeError:", e)
    u = with_init(arg, newarg=3)
    try:
        v = with_new(arg, newarg=4).newarg
    except TypeError as e:  # set.__init__ takes no keywords at all
        v = e
    print(base.__name__, type(u).__name__, u.newarg, sorted(u) if base is not float else u, v)
