import unicodedata as U
named = [cp for cp in range(0x110000) if U.name(chr(cp), None) is not None]
print(len(named), sum(named) % 1000003)
total = 0
for cp in named[::11]:
    n = U.name(chr(cp))
    total = (total * 31 + sum(map(ord, n))) % 1000000007
    assert U.lookup(n) == chr(cp), n
print(total)
print([U.name(chr(cp)) for cp in named[::4001]])
old = [cp for cp in range(0, 0x110000, 3) if U.ucd_3_2_0.name(chr(cp), None) is not None]
print(len(old), sum(old) % 1000003)
