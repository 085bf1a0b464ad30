import sys
import _own_helper
print(_own_helper.double(21), __name__, sys.argv[0].split("/")[-1], __file__.split("/")[-1])
print("_own_helper" in sys.modules, _own_helper.__name__)
sys.setrecursionlimit(100)
def r(n): return r(n+1)
try:
    r(0)
except RecursionError as e:
    print("rec", e)
sys.exit(3)
