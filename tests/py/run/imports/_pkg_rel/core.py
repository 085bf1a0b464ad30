value = 41 + 1
def describe():
    return __name__
