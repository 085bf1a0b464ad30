m = __import__("sys")
print(m.__name__, m is __import__("sys"))
import sys
print(type(sys).__name__, sys.__name__)
try:
    __import__("definitely_not_a_module_xyz")
except ModuleNotFoundError as e:
    print(e, e.name)
