import sys
def where():
    return sys._getframe(1).f_lineno
print(where())
x = (
    where()
)
print(x)
for i in range(2):
    print(where())
