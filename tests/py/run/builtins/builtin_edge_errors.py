# hash() of an int subclass returned by __hash__, exec with a non-mapping __builtins__, duplicate/inherited
# __dict__/__weakref__ slots, a __doc__ with a lone surrogate, and input() after a standard stream is gone.
import sys, io
class Z(int):
    def __hash__(self):
        return self
try: print(hash(Z(42)) == hash(42))
except Exception as e: print(type(e).__name__, e)
class H:
    def __hash__(self): return Z(7)
try: print(hash(H()))
except Exception as e: print(type(e).__name__, e)
code = compile("print('Hello World!')", "", "exec")
for b in (123, {}, None):
    try: exec(code, {'__builtins__': b})
    except Exception as e: print(type(e).__name__, e)
for slots in ('42', 'x\x00y', ('__dict__', '__dict__'), ('__weakref__', '__weakref__')):
    try: type('A', (), {'__slots__': slots}); print("no error", repr(slots))
    except Exception as e: print(type(e).__name__, e)
try: type('A', (), {'__slots__': 'x', 'x': 0})
except Exception as e: print(type(e).__name__, e)
try: type('A', (), {'__doc__': 'x\udcdcy'}); print("no error doc")
except Exception as e: print(type(e).__name__, e)
saved = sys.stdout
del sys.stdout
try: input('prompt')
except Exception as e: r = (type(e).__name__, str(e))
sys.stdout = saved
print(r)
saved = sys.stdin
del sys.stdin
try: input('prompt')
except Exception as e: r = (type(e).__name__, str(e))
sys.stdin = saved
print(r)
sys.stdin = io.StringIO("")
saved = sys.stderr
del sys.stderr
try: input()
except Exception as e: r = (type(e).__name__, str(e))
sys.stderr = saved
print(r)
