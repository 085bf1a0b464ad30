import builtins
def body():
    x = 5
    def m(self):
        return "m"
    return None
ns_calls = []
C = __build_class__(lambda: None, "Empty")
print(C.__name__, type(C).__name__)
print(callable(builtins.__build_class__))
