import _cycle.b as b
A = "a"
def use():
    return b.B
