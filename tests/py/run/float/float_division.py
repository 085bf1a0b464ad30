print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(1e308 * 10, -1e308 * 10, 2.0 ** 0.5, (-8.0) ** 2, 2.0 ** -2)
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0.0 ** -1]:
    try:
        bad()
    except ZeroDivisionError as e:
        print(e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, len(e.args))  # the errno text is the platform's (34 on Linux, 68 on wasm)
