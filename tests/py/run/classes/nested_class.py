class Outer:
    class Inner:
        class Deep:
            pass
    def make(self):
        return self.Inner()
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, type(Outer().make()).__name__)
