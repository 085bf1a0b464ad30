# oracle: python3
# The C.UTF-8 locale: collation and transformation of non-ASCII text go through wchar_t (UTF-32) strings,
# code points above U+FFFF included.
import locale

print(locale.setlocale(locale.LC_ALL, "C.UTF-8"))
print(locale.setlocale(locale.LC_CTYPE), locale.nl_langinfo(locale.CODESET))
words = ["zèbre", "apple", "Äpfel", "\U0001f600 smile", "éclair", "Zoo", "\u00e9", "e\u0301"]
print([w.encode("unicode_escape").decode() for w in sorted(words, key=locale.strxfrm)])
print([w.encode("unicode_escape").decode() for w in sorted(words, key=__import__("functools").cmp_to_key(locale.strcoll))])
print(locale.strcoll("\U0001f600", "\uffff") > 0, locale.strcoll("é", "é"))
x = locale.strxfrm("naïve \U00010000")
print(type(x).__name__, len(x) > 0, x == locale.strxfrm("naïve \U00010000"))
print(locale.localeconv()["decimal_point"], locale.localeconv()["grouping"])
print(locale.setlocale(locale.LC_COLLATE, "C"), locale.strxfrm("é\U0001f600") == "é\U0001f600")
