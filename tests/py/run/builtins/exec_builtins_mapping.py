# exec/eval with a custom __builtins__ mapping or globals/locals mappings: lookups go through the
# mapping's __getitem__ (errors propagate), `import` needs __import__ among the builtins, dir() without
# arguments lists the locals mapping's keys().
import types


class setonlyerror(Exception):
    pass


class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror


cases = [
    ("globalname", setonlydict({'globalname': 1})),
    ("superglobal", {'__builtins__': setonlydict({'superglobal': 1})}),
    ("print('x')", {'__builtins__': {}}),
    ("import foo.bar", {'__builtins__': types.MappingProxyType({})}),
    ("import foo.bar", {'__builtins__': types.MappingProxyType({'__import__': lambda *args: (args[0], args[3], args[4])})}),
    ("from os import path", {'__builtins__': types.MappingProxyType({'__import__': lambda *args: args[3]})}),
    ("superglobal", {'__builtins__': types.MappingProxyType({'superglobal': 1})}),
    ("superglobal", {'__builtins__': types.MappingProxyType({})}),
    ("class A: pass", {'__builtins__': {}}),
    ("x = len('abc')", {'__builtins__': {'len': lambda s: 42}}),
    ("def f(): return len('ab')\ny = f()", {'__builtins__': {'len': lambda s: -1}}),
]
for code, g in cases:
    try:
        exec(compile(code, "test", "exec"), g)
        print(repr(code), "ok", {k: v for k, v in g.items() if k not in ("__builtins__", "f")})
    except Exception as e:
        print(repr(code), type(e).__name__, e)


class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)

    def keys(self):
        return list('xyz')


class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError(key)

    def keys(self):
        return list('cba')


g = {}
print(eval('a', g, D()), eval('dir()', g, D()), eval('a', g, M()), eval('dir()', g, M()))
try:
    eval('b', g, D())
except NameError as e:
    print("NameError", e)
