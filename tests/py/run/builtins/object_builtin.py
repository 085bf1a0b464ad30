o = object()
print(type(o).__name__, o == o, o != object(), str(o).startswith("<object object at"))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__bases__, object.__mro__, type.__mro__, len(object.__subclasses__()) > 5)
