# sys._getframemodulename (namedtuple and enum use it for __module__).
import sys
print(sys._getframemodulename(), sys._getframemodulename(depth=0))
def f():
    return sys._getframemodulename(), sys._getframemodulename(1)
print(f())
print(sys._getframemodulename(50))
import collections
P = collections.namedtuple("P", "x y")
print(P.__module__)
