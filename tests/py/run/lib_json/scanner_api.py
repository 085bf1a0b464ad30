import json, json.scanner, json.decoder, json.encoder

def show(f):
    try:
        print(repr(f()))
    except StopIteration as e:
        print('StopIteration', e.value)
    except Exception as e:
        print(type(e).__name__, e)

ctx = json.JSONDecoder()
scan = json.scanner.make_scanner(ctx)
print(type(scan).__name__, type(scan).__module__)
for doc, idx in [('1', 0), ('  [1]', 2), ('"s"', 0), ('null', 0), ('nul', 0), ('', 0), ('x', 0), ('-', 0),
                 ('-5', 0), ('1.5e3 ', 0), ('[1,2', 0), ('{"a"', 0), ('tru', 0), ('NaNx', 0), ('12abc', 0), ('"\U0001f600" 1', 4)]:
    show(lambda: scan(doc, idx))
show(lambda: scan('1', -1))
show(lambda: scan(b'1', 0))
show(lambda: scan('1'))
for args in [('"abc"', 1), ('"a\\nb" x', 1), ('"a', 1), ('x"\\u00e9"', 2), ('"a\tb"', 1), ('"a\tb"', 1, False), ('"abc"', 6), ('"abc"', -1)]:
    show(lambda: json.decoder.scanstring(*args))
show(lambda: json.decoder.scanstring(b'"a"', 1))
e = json.encoder.c_make_encoder(None, str, json.encoder.encode_basestring_ascii, None, ': ', ', ', False, False, True)
print(type(e).__name__, e({'a': [1, 2.5, None, 'é']}, 0))
e2 = json.encoder.c_make_encoder({}, str, json.encoder.encode_basestring, '  ', ':', ',', False, True, False)
print(e2({'b': {1, 2} and 1, 'a': [1, {'c': 2}], (1,): 0}, 0))
show(lambda: e2([float('nan')], 0))
show(lambda: json.encoder.c_make_encoder([], str, str, None, ':', ',', 0, 0, 0))
show(lambda: json.encoder.c_make_encoder(None, str, str, None, 1, ',', 0, 0, 0))
e3 = json.encoder.c_make_encoder(None, str, lambda s: '<' + s + '>', None, ':', ',', False, False, True)
print(e3({'k': 'v'}, 0))
e4 = json.encoder.c_make_encoder(None, str, lambda s: 5, None, ':', ',', False, False, True)
show(lambda: e4(['x'], 0))
print(json.encoder.py_encode_basestring_ascii('\u20ac\n') == json.encoder.encode_basestring_ascii('\u20ac\n'))
print(json.encoder.encode_basestring('\x00\x1f\x7f\u2028"\\'), json.encoder.encode_basestring_ascii('\x00\x1f\x7f\u2028"\\'))
