assert True, "never"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("caught", e)
try:
    assert []
except AssertionError as e:
    print("empty", repr(e), e.args)
assert 0, ("tuple", 1)
