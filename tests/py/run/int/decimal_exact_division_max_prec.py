# oracle: python3 (64-bit MAX_PREC: pyodide's wasm32 libmpdec has a smaller one; unchanged since 3.3)
# decimal division at MAX_PREC (the unbounded context _pylong converts huge ints with): an exact quotient
# is computed at the few digits it needs, an inexact one is a MemoryError
import decimal

ctx = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
with decimal.localcontext(ctx) as c:
    D = decimal.Decimal
    print(1 / D(256), D(3) / D(8), D(10**30) / D(2**40), D(-7) / D("0.5"), D(0) / D(3))
    print(c.flags[decimal.Inexact], c.flags[decimal.Rounded])
    try:
        print(D(1) / D(3))
    except MemoryError as e:
        print("MemoryError", e.args)
    # integer division and remainders at MAX_PREC (no 10**prec bound to build)
    n, p = D(10**40 + 12345), D(2**64)
    print(divmod(n, p), n // p, n % p, n.remainder_near(p))
    print(divmod(D(-7), D(2)), D(10**50).remainder_near(D(7)))
