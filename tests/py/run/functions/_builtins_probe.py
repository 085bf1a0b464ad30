# helper for functions/module_builtins_dict.py
import builtins

kind = type(__builtins__).__name__
is_dict = __builtins__ is builtins.__dict__

def f():
    return len("abc")
