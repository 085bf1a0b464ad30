import sys
class Fake:
    answer = 42
sys.modules["virtual_mod"] = Fake()
import virtual_mod
print(virtual_mod.answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print("__main__" in sys.modules, sys.modules["__main__"].__name__, sys.modules[__name__] is not None)
