from _pkg_rel.core import *
print(value, describe())
import _pkg_rel.sub.leaf
print(_pkg_rel.sub.leaf.LEAF)
