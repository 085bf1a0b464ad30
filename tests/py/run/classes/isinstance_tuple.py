class A: pass
class B(A): pass
print(isinstance(B(), (int, A)), isinstance(1, (str, (float, int))), issubclass(bool, int))
print(issubclass(B, (B,)), isinstance(True, int), isinstance(None, type(None)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
