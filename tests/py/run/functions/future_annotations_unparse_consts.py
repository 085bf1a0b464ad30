# from __future__ import annotations keeps a u'' prefix and writes infinite literals as 1e309 (ast_unparse).
from __future__ import annotations
def f(a: u'some_string', b: 'plain', c: 1e1000, d: 1e1000j, e: -1e1000, g: (1e1000j, 2)) -> u"r": pass
print(f.__annotations__)
