# __builtins__ is the builtins module in __main__ but its dict in an imported module and in a dict that
# exec()/eval() filled in; a function's __builtins__ is always that dict.
import builtins
import _builtins_probe as probe

print(type(__builtins__).__name__, __builtins__ is builtins)
print(probe.kind, probe.is_dict, probe.f(), probe.f.__builtins__ is builtins.__dict__)

def here():
    pass

print(here.__builtins__ is builtins.__dict__)
ns = {}
exec("x = len('ab')", ns)
print(ns["x"], type(ns["__builtins__"]).__name__, ns["__builtins__"] is builtins.__dict__)
ns2 = {}
print(eval("abs(-3)", ns2), ns2["__builtins__"] is builtins.__dict__)

# a namespace with its own __builtins__ keeps it
custom = {"__builtins__": {"len": lambda s: 99}}
exec("y = len('ab')", custom)
print(custom["y"])

# a function made from a code object and globals without __builtins__ inherits the current builtins
func2 = type(here)(probe.f.__code__, {})
print(func2.__builtins__ is builtins.__dict__, func2())
