# Compiled patterns accept weak references (proxies call through); match and scanner objects do not.
import re
import weakref

x = re.compile("ab+c")
y = weakref.proxy(x)
print(x.findall("QabbbcR"), y.findall("QabbbcR"), y.pattern, y.groups)
r = weakref.ref(x)
print(r() is x, weakref.getweakrefcount(x))
cache = weakref.WeakValueDictionary()
cache["p"] = x
print(cache["p"] is x)
for o in (x.match("abc"), x.scanner("abc")):
    try:
        weakref.ref(o)
    except TypeError as e:
        print("TypeError:", e)
