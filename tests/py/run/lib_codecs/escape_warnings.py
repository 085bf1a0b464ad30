import warnings, codecs
for f, arg in [(codecs.unicode_escape_decode, b'\\q\\z'), (codecs.unicode_escape_decode, b'\\777'), (codecs.escape_decode, b'\\q'), (codecs.escape_decode, b'\\777\\8'), (codecs.unicode_escape_decode, b'\\8'), (codecs.raw_unicode_escape_decode, b'\\q')]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = f(arg)
        print(ascii(r), [(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(ascii(b'\\q'.decode('unicode_escape')), [(x.category.__name__, str(x.message)) for x in w])
