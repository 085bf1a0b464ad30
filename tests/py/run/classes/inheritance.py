class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes {self.sound()}"
    def sound(self):
        return "..."
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"
for a in [Animal("x"), Dog("rex"), Puppy("bit")]:
    print(a.speak())
print(Puppy.__mro__)
print(issubclass(Puppy, Animal), isinstance(Puppy("p"), Dog), Puppy.__bases__)
