# Inlined comprehensions in code run by eval() and exec(), with dict and non-dict namespaces.
print(eval("[x for x in range(3)]"))
print(eval("[x + y for x in range(3)]", {"y": 10}))
class M(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) if k in self else k.upper()
ns = M(z=1)
exec("r = [x + q for x in 'ab']", {}, ns)
print(ns["r"])
exec("r2 = [x for x in 'ab']; y = 1", {}, ns)
print(ns["r2"], ns["y"])
code = compile("[i for i in range(2)]", "<e>", "eval")
print(code.co_varnames, eval(code))
import types
def f():
    return [a for a in range(2)]
c2 = f.__code__.replace(co_name="g")
print(types.FunctionType(c2, {})())
