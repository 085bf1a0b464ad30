class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name != "__dict__":
            print("get", name)
        return object.__getattribute__(self, name)
l = Logged()
print(l.a)
print(l.__class__.__name__)
class Deny:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
print(Deny().anything)
