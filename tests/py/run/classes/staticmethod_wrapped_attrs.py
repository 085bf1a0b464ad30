# staticmethod and classmethod expose the wrapped function's __module__, __name__, __qualname__, __doc__
# and __wrapped__ (functools.wraps-like, 3.10+).
def f():
    "the doc"


for wrapper in (staticmethod(f), classmethod(f)):
    print(type(wrapper).__name__, wrapper.__module__, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__,
          wrapper.__wrapped__ is f, wrapper.__func__ is f)
print(classmethod(print).__module__, staticmethod(len).__name__)
