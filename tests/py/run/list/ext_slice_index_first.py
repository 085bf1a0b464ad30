# list slicing evaluates the slice's __index__ methods before it reads the list's length: an __index__
# that empties the list leaves an empty (extended) slice, as list_subscript/list_ass_subscript do
class Clearing:
    def __init__(self, lst, v):
        self.lst, self.v = lst, v

    def __index__(self):
        self.lst.clear()
        return self.v


l = list(range(10))
l[0:10:Clearing(l, 2)] = []
print(l)
l = list(range(10))
print(l[Clearing(l, 2)::], l)
l = list(range(10))
del l[::Clearing(l, 2)]
print(l)
l = list(range(10))
l[Clearing(l, 1):5] = "ab"
print(l)
l = list(range(10))
print(l[::Clearing(l, -1)])


class Growing:
    def __index__(self):
        g.extend(range(10, 14))
        return 3


g = list(range(4))
g[::Growing()] = "abc"
print(g)
l = list(range(6))
for bad in [5, None]:
    for key in [slice(None, None, 2), slice(1, 2)]:
        try:
            l[key] = bad
        except TypeError as e:
            print(e)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)


class Evil:
    # iterating the value empties the list: the slice is sized afterwards (gh-120384)
    def __init__(self, lst):
        self.lst = lst

    def __iter__(self):
        yield from self.lst
        self.lst.clear()


lst = list(range(5))
try:
    lst[::-1] = Evil(lst)
except ValueError as e:
    print(e)
lst = list(range(5))
lst[1:3] = Evil(lst)
print(lst)
lst = list(range(4))
lst[1:3] = lst
print(lst)
lst = list(range(4))
lst[::-1] = lst
print(lst)
