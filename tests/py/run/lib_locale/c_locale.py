# oracle: python3
# _locale over the C library: the "C" and "POSIX" locales' settings, nl_langinfo items, collation, and
# the errors CPython raises for unknown categories, locales and langinfo keys.
import _locale
import locale

print(locale.Error is _locale.Error, locale.Error.__module__, issubclass(locale.Error, Exception))
print(_locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_TIME, _locale.LC_COLLATE, _locale.LC_MONETARY,
      _locale.LC_MESSAGES, _locale.LC_ALL, _locale.CHAR_MAX)
print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_NUMERIC, "POSIX"), locale.setlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
for key in sorted(conv):
    print(key, repr(conv[key]))
for name in ["CODESET", "D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM", "AM_STR", "PM_STR", "DAY_1", "DAY_7",
             "ABDAY_2", "MON_1", "MON_12", "ABMON_5", "RADIXCHAR", "THOUSEP", "YESEXPR", "NOEXPR", "CRNCYSTR",
             "ERA", "ERA_D_FMT", "ALT_DIGITS"]:
    print(name, repr(locale.nl_langinfo(getattr(locale, name))))

for bad in [(12345,), (-1,)]:
    try:
        locale.setlocale(*bad)
    except locale.Error as e:
        print("Error", e)
try:
    locale.setlocale(locale.LC_ALL, "no_SUCH.locale")
except locale.Error as e:
    print("Error", e)
try:
    locale.setlocale(locale.LC_ALL, "C\0")
except ValueError as e:
    print("ValueError", e)
try:
    locale.nl_langinfo(999999)
except ValueError as e:
    print("ValueError", e)
for f, args in [(locale.strcoll, ("a\0", "a")), (locale.strcoll, ("a", "a\0")), (locale.strxfrm, ("a\0",))]:
    try:
        f(*args)
    except ValueError as e:
        print("ValueError", e)

print(locale.strcoll("a", "b") < 0, locale.strcoll("b", "a") > 0, locale.strcoll("abc", "abc"))
print(repr(locale.strxfrm("")), repr(locale.strxfrm("Hello")))
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm))
print(locale.format_string("%d|%.3f|%s", (1234567, 2.5, "x"), grouping=True))
print(locale.str(3.25), locale.atof("1e3"), locale.atoi("42"), locale.delocalize("1.5"))
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
print(_locale.textdomain(None), _locale.gettext("no translation"), _locale.dgettext(None, "msg"))
