# property docs as CPython: taken from the getter (getter_doc), kept in the instance of a subclass, re-read
# from the new getter by getter()/setter(); __name__ from __set_name__ or the getter; __isabstractmethod__.
class C:
    @property
    def foo(self):
        "foo doc"
        return 1
    @foo.setter
    def foo(self, v): pass
    @property
    def bar(self): return 2
    baz = property(None, lambda self, v: None)
print(C.foo.__doc__, C.foo.__name__, C.bar.__doc__, C.bar.__name__)
try: C.baz.__name__
except AttributeError as e: print("AttributeError:", e)
C.qux = property(C.foo.fget); print(C.qux.__name__)
try: C().baz
except AttributeError as e: print(e)
try: del C().foo
except AttributeError as e: print(e)
p = property(doc="explicit"); print(p.__doc__)
class PropSub(property):
    "subclass doc"
class D:
    @PropSub
    def spam(self):
        "spam wrapped in property subclass"
        return 1
    @spam.setter
    def spam(self, v): pass
    @PropSub
    def eggs(self): return 1
print(D.spam.__doc__, D.__dict__["spam"].__dict__, D.eggs.__doc__)
class E:
    @property
    def g(self):
        "old"
    @g.getter
    def g(self):
        "new docstring"
print(E.g.__doc__)
class Slotted(property):
    __slots__ = ()
try:
    Slotted(lambda s: 1, doc="x"); print("dropped")
    def f(s): "doc"
    Slotted(f)
except AttributeError as e: print("AttributeError", e)
class F:
    def foo(self): pass
    foo.__isabstractmethod__ = [1]
    foo = property(foo)
print(F.foo.__isabstractmethod__, property().__isabstractmethod__)
try: property().__set_name__()
except TypeError as e: print(e)
print(property(lambda s: 1, None, None, None).__doc__)
pp = property(); pp.__doc__ = "set"; print(pp.__doc__)
class NoDoc:
    @property
    def __doc__(self):
        raise AttributeError
print(property(NoDoc()).__doc__, PropSub(NoDoc()).__doc__)
