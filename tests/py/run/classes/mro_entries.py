class Fake:
    def __mro_entries__(self, bases):
        return (Real,)
class Real:
    def hello(self):
        return "real"
class C(Fake()):
    pass
print(C.__bases__, C().hello(), C.__orig_bases__[0].__class__.__name__)
