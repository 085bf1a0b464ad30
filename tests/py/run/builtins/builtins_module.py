import builtins
print(builtins.len is len, builtins.__name__, "print" in dir(builtins), type(builtins.__dict__).__name__)
real_len = builtins.len
builtins.len = lambda x: 42
print(len([1]))
builtins.len = real_len
print(len([1]))
