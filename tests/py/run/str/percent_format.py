print("%s %d %i %5.2f %-5s| %05d %x %X %o %e %%" % ("s", 42, 7, 3.14159, "ab", 42, 255, 255, 8, 12345.678))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%r %a" % ("é", "é"), "%c%c" % (65, "b"))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%+d % d" % (5, 5), "%#x %#o" % (255, 8), "%s" % [1, 2])
for bad in [lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
