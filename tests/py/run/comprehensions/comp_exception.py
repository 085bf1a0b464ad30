try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("comp raised", e)
print({x: 1 / x for x in [1, 2]})
