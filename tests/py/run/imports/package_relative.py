import _pkg_rel
from _pkg_rel import core
from _pkg_rel.sub import leaf as L
print(_pkg_rel.value, _pkg_rel.NAME, _pkg_rel.sub.describe(), L.LEAF)
print(core.__name__, _pkg_rel.sub.__package__, _pkg_rel.__package__, core.__package__)
print(sorted(m for m in __import__("sys").modules if m.startswith("_pkg_rel")))
print(hasattr(_pkg_rel, "__path__"), hasattr(core, "__path__"), _pkg_rel.__file__.split("/")[-2:])
