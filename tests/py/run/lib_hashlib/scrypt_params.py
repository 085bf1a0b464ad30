# hashlib.scrypt's parameter checks: maxmem and dklen ranges, n a power of two, r and p positive.
# oracle: python3 (pyodide's hashlib has no OpenSSL scrypt; these checks are unchanged since 3.6)
import hashlib

if True:
    print(hashlib.scrypt(b"password", salt=b"salt", n=16, r=1, p=1, dklen=16).hex())
    cases = [
        dict(n=2, r=8, p=1, maxmem=-1),
        dict(n=2, r=8, p=1, dklen=-1),
        dict(n=2, r=8, p=1, dklen=0),
        dict(n=3, r=8, p=1),
        dict(n=2, r=0, p=1),
        dict(n=2, r=8, p=0),
        dict(n=2, r=8, p=1, dklen=None),
        dict(n=None, r=8, p=1),
    ]
    for kw in cases:
        try:
            hashlib.scrypt(b"password", salt=b"salt", **kw)
            print(sorted(kw.items()), "ok")
        except (ValueError, OverflowError, TypeError) as e:
            print(sorted(kw.items(), key=str), type(e).__name__)
