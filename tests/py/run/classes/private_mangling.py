class C:
    __secret = 1
    def __init__(self):
        self.__x = 2
    def get(self):
        return self.__x, self.__secret
c = C()
print(c.get(), c._C__x, "_C__secret" in C.__dict__)
try:
    c.__x
except AttributeError as e:
    print(e)
