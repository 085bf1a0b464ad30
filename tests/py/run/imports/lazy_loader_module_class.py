# A module object may switch its __class__ to any ModuleType subclass (CPython's object_set_class special
# case), which importlib.util.LazyLoader relies on: the module loads on first attribute access.
import importlib.util
import sys
import types


class Greeter(types.ModuleType):
    def hello(self):
        return "hi " + self.__name__


m = types.ModuleType("plain")
m.__class__ = Greeter
print(type(m).__name__, m.hello(), isinstance(m, types.ModuleType))
m.__class__ = types.ModuleType
print(type(m).__name__)


class NotAModule:
    pass


for target, value in [(m, NotAModule), (object(), Greeter), (NotAModule(), Greeter), (m, 3)]:
    try:
        target.__class__ = value
    except TypeError as e:
        print("TypeError:", e)

spec = importlib.util.find_spec("colorsys")
spec.loader = importlib.util.LazyLoader(spec.loader)
lazy = importlib.util.module_from_spec(spec)
sys.modules["colorsys"] = lazy
spec.loader.exec_module(lazy)
print("before access:", type(lazy).__name__)
print(lazy.rgb_to_hsv(1.0, 0.0, 0.0))
print("after access:", type(lazy).__name__)
import colorsys

print(colorsys is lazy, colorsys.hsv_to_rgb(0.0, 1.0, 1.0))
