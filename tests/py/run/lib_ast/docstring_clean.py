"""Module doc.

    indented line
  less
"""
def f():
    """First line.

        Indented more.
    Back.
    """
class C:
    '''   Leading spaces
	tab line
      x'''
    def m(self):
        "single"
def g():
    """
    starts on second line
    """
import sys
print(repr(sys.modules[__name__].__doc__), repr(f.__doc__), repr(C.__doc__), repr(C.m.__doc__), repr(g.__doc__))
print(f.__code__.co_consts[0] == f.__doc__)
