# csv dialect registry: names are looked up like dict keys (None is just unknown, a list is unhashable);
# only register_dialect insists on a str.
import csv, _csv


def t(f, *a, **kw):
    try:
        r = f(*a, **kw)
        print(f.__name__, a, "->", repr(r.delimiter) if isinstance(r, _csv.Dialect) else r)
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)


t(csv.get_dialect, "excel-tab")
t(csv.get_dialect, None)
t(csv.get_dialect, 3)
t(csv.get_dialect, [])
t(csv.get_dialect, "nonesuch")
t(csv.unregister_dialect, None)
t(csv.unregister_dialect, ())
t(csv.unregister_dialect, {})
t(csv.unregister_dialect, "nonesuch")
t(csv.register_dialect, None)
t(csv.register_dialect, [])
t(csv.register_dialect, "semi", delimiter=";")
t(csv.get_dialect, "semi")
t(csv.unregister_dialect, "semi")
t(csv.get_dialect, "semi")
try:
    csv.reader([], dialect=None)
except Exception as e:
    print("reader(dialect=None)", type(e).__name__, e)
print(list(csv.reader(["a\tb"], dialect="excel-tab")))
try:
    csv.reader([], dialect="nonesuch")
except csv.Error as e:
    print("reader(dialect='nonesuch')", e)
