# `from __future__ import annotations` from source: the stored strings are CPython's unparse of the
# annotation (normalised spacing, quotes and parentheses), not the source text
from __future__ import annotations

def f(a: List[ int ], b: "x"  |  None = 1, *c: (int), d: lambda x,*,y=2:x, **e: Callable[ [int,str], (a,b) ]) -> Dict[str,int]:
    pass

class C:
    x: -1**2 + (3-4)*5
    y: not a and (b or c) if d else e
    z: [i for i in it() if i>0 for j in i]
    w: x[1:2,::3,...]
    v: {1:'a', **m} | {1,2} | set() | ()
    u: f(*args,k=1,**kw)(x for x in y)
    t: 1 .real + 1.5e300*1e400 - 2j
    s: {k:v for k,v in d} if n else {*()}
    r: a<b<=c is not d not in e
    q: (a,b)[0] @ ~x >> 2
    p: 'single' + "double" + '''triple''' + b'bytes'
    o: (1,) + (2, 3)[::-1]
    n: a.b.c[d](e)[f:g]

print(f.__annotations__)
print(C.__annotations__)
