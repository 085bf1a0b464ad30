t = (1, 2, 3)
for bad in [lambda: t[5], lambda: t.index(9), lambda: t + [4], lambda: t.append(4), lambda: tuple(5)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(t[::-1], t[1:1], t[-2:], t[:100])
