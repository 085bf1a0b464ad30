import decimal
print(decimal.IEEEContext(32), decimal.IEEEContext(64), decimal.IEEEContext(128))
for b in [0, 33, -32, "x"]:
    try: decimal.IEEEContext(b)
    except Exception as e: print(type(e).__name__, str(e)[:40])
c = decimal.Context(prec=3)
print(c._apply(decimal.Decimal('1.23456')), c.compare_total_mag(-1, 2))
