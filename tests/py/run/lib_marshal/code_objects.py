# marshal of code objects: dumps/loads round trips that exec, nested and shared code objects, allow_code=False,
# dump/load on files (the bytes are pypyts's own, so only behaviour is compared).
import marshal
src = '''
def f(a, b=2, *args, k=3, **kw):
    """doc"""
    x = [a * b for _ in range(2)]
    def g():
        return x, k
    return g()
class C:
    y = 1.5
    def m(self): return self.y, "s", b"b", (1, (2, 3)), frozenset({4}), 10**30, 2j
result = f(1), C().m()
'''
code = compile(src, "mod_f.py", "exec")
data = marshal.dumps(code)
back = marshal.loads(data)
print(type(back).__name__, back.co_filename, back.co_name)
ns = {}
exec(back, ns)
print(ns["result"])
print(ns["f"].__doc__, ns["f"].__code__.co_varnames, ns["f"].__defaults__)
# code inside containers, and a code object shared twice
blob = marshal.dumps({"code": code, "again": code, "n": 1})
d = marshal.loads(blob)
print(sorted(d), d["code"] is d["again"])
ns2 = {}
exec(d["code"], ns2)
print(ns2["result"] == ns["result"])
try:
    marshal.dumps(code, allow_code=False)
except ValueError as e:
    print("ValueError", e)
try:
    marshal.loads(data, allow_code=False)
except ValueError as e:
    print("ValueError", e)
fcode = compile("lambda x: x + 1", "l", "eval")
print(eval(marshal.loads(marshal.dumps(fcode)))(41))
import io
buf = io.BytesIO()
marshal.dump(code, buf)
buf.seek(0)
print(marshal.load(buf).co_name)
