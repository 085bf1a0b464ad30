# oracle: python3
# The locale module over the real _locale: what it computes from localeconv() and nl_langinfo() in the
# "C" locale, and its errors.
import locale

locale.setlocale(locale.LC_ALL, "C")
print(locale.format_string("%10.2f|%-6d|%s", (1234.5, 42, "s")))
print(locale.format_string("%d", 1234567, grouping=True), locale.format_string("%.1f", -0.25))
try:
    locale.currency(1.5)
except ValueError as e:
    print("ValueError", e)
print(locale.str(2.0), locale.str(1e20), locale.atof("3.5"), locale.atoi("-17"))
print(locale.delocalize("1234.5"), locale.localize("1234.5"), locale.localize("1234.5", grouping=True))
print(locale.getlocale(locale.LC_CTYPE) if locale.setlocale(locale.LC_CTYPE) == "C" else "other")
print(locale.normalize("en_US"), locale.normalize("de_DE@euro"))
print(locale._parse_localename("en_US.UTF-8"), locale._build_localename(("fr_FR", "ISO8859-1")))
try:
    locale.setlocale(locale.LC_ALL, ("xx_XX", "UTF-8"))
except locale.Error as e:
    print("Error", e)
print(locale.setlocale(locale.LC_TIME, None), locale.setlocale(locale.LC_MONETARY, "POSIX"))
print(locale.nl_langinfo(locale.CODESET) in ("ANSI_X3.4-1968", "UTF-8"))
print(sorted(k for k in vars(locale) if k.startswith("LC_")))
