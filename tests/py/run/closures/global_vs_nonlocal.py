g = "module"
def outer():
    g = "outer"
    def inner():
        global g
        g = "changed global"
    inner()
    return g
print(outer(), g)
