print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2}, {} == {})
try:
    {} < {}
except TypeError as e:
    print(e)
print(dict(sorted({"b": 1, "a": 2}.items())), repr({}), str({"k": [1]}))
