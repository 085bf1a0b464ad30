inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 10 ** 1000, nan == nan, nan != nan, nan is nan)
print(nan < 1, nan > 1, [nan] == [nan], inf == inf, 1 / inf, repr(-nan), str(inf))
x = nan
print(x in [x], sorted([3.0, 1.0, 2.0]), max(1.0, inf), min(-inf, 0))
