# strftime with the C library directives in the C locale, for fixed tuples
import time

tuples = [
    (2001, 9, 9, 1, 46, 40, 6, 252, 0),
    (2024, 1, 1, 0, 5, 6, 0, 1, -1),
    (2024, 12, 31, 23, 59, 59, 1, 366, 1),
    (1999, 1, 3, 12, 0, 0, 6, 3, 0),
    (2021, 1, 1, 13, 0, 0, 4, 1, 0),
    (2020, 12, 31, 0, 0, 0, 3, 366, 0),
    (2010, 1, 3, 0, 0, 0, 6, 3, 0),
    (2027, 1, 1, 0, 0, 0, 4, 1, 0),
    (1000, 6, 15, 11, 59, 0, 2, 166, 0),
    (9999, 12, 31, 23, 59, 61, 4, 365, 0),
]
directives = "aAbBcdDeFgGhHIjmMnprRSTtuUVwWxXyY%"
for t in tuples:
    print(t)
    for d in directives:
        print("  %" + d, repr(time.strftime("%" + d, t)))
    print(" ", time.strftime("%Y-%m-%dT%H:%M:%S %A %B %j week %U/%W/%V", t))

gm = time.gmtime(1e9)
print(time.strftime("%Z %z", gm))
print(time.strftime("%Y %H", time.gmtime(0)))
print(repr(time.strftime("", gm)), repr(time.strftime("no directives", gm)))
print(repr(time.strftime("\u00e9%Y\u20ac\U0001F600 %% %%Y", gm)))
print(repr(time.strftime("a\0b%Y", gm)))
print(time.strftime("%H:%M", (2024, 1, 1, 9, 7, 0, 0, 1, 0)))
print(time.strftime("%I %p", (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%I %p", (2024, 1, 1, 12, 0, 0, 0, 1, 0)))
