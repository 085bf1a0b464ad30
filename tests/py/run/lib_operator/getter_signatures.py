# inspect.signature of operator.attrgetter/itemgetter/methodcaller: the types' constructor signatures and
# the instances' call signature "(obj, /)".
import inspect
import operator

for t in (operator.attrgetter, operator.itemgetter, operator.methodcaller):
    print(t.__name__, inspect.signature(t), t.__text_signature__)

print(inspect.signature(operator.attrgetter("x", "y.z")))
print(inspect.signature(operator.itemgetter(2, 3, 5)))
print(inspect.signature(operator.methodcaller("foo", 2, y=3)))
print(operator.itemgetter(1).__text_signature__)
sig = inspect.signature(operator.attrgetter("real"))
print(list(sig.parameters), sig.parameters["obj"].kind)
print(sig.bind(3).arguments)
