C = __build_class__(lambda: None, "Empty")
print(C.__name__, C.__qualname__, type(C).__name__)
def make_body():
    value = 7
    def get(self):
        return self.value
C2 = __build_class__(make_body, "WithBody")
# a plain function body stores into fast locals, not into the class namespace
print(C2.__name__, hasattr(C2, "get"), hasattr(C2, "value"))
class Meta(type):
    pass
C3 = __build_class__(lambda: None, "M3", metaclass=Meta)
print(type(C3).__name__)
