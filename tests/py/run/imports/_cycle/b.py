import _cycle.a
B = "b"
def partial():
    return hasattr(_cycle.a, "A")
