# dir() of a module reads the instance's __dict__ attribute: a ModuleType subclass whose __dict__ is
# not a dict makes it a TypeError (module_dir); a __dir__ in the module's dict is used.
import sys
class M(type(sys)):
    pass
m = M("m")
m.b = 2; m.a = 1
print([x for x in dir(m) if not x.startswith("__")])
class M2(M):
    def getdict(self):
        return "Not a dict!"
    __dict__ = property(getdict)
m2 = M2("m2")
m2.b = 2
print(m2.__dict__)
try:
    dir(m2)
except TypeError as e:
    print("TypeError", e)
class M3(M):
    def __dir__(self):
        return ["z"]
print(dir(M3("m3")))
import json
print("dumps" in dir(json))
