import sys
print(type(sys.flags).__name__, sys.getdefaultencoding(), sys.getrecursionlimit() > 0, callable(sys.intern))
print(sys.intern("abc") == "abc", type(sys.getsizeof(1)).__name__ if hasattr(sys, "getsizeof") else "int")
