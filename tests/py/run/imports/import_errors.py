try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _counter_mod import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import _raises_on_import
except ValueError as e:
    print("import raised", e)
import sys
print("_raises_on_import" in sys.modules)
