import json, collections

def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, (e.msg, e.pos, e.lineno, e.colno))
    except Exception as e:
        print(type(e).__name__, e)

docs = ['{"a": [1, 2.5, -3e2, 1E+2, 0.5e-1, null, true, false], "b": {"c": "d\\u00e9\\ud83d\\ude00"}}',
        '  [ ]  ', '{}', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '12345678901234567890123', '-0', '-0.0', '1.5e400',
        'NaN', '[Infinity, -Infinity]', '"\\ud800"', '"\\ud800\\u0041"', '[1,[2,[3,[4]]]]',
        '"caf\xe9 \U0001f600"', '{"k": 1, "k": 2}', '1e5', '10E-2', '0e0']
for doc in docs:
    show(lambda: json.loads(doc))

bad = ['', '[', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"',
       '01', '1.', '-', '[-]', 'nul', 'tru', '{"a":1}x', '"a\nb"', '[1,\n 2,\n ]', '\ufeff[]', '{"a":',
       '[1e]', '"\U0001f600\\q"', '{"\U0001f600": x}', ' \n\n  @']
for doc in bad:
    show(lambda: json.loads(doc))

print(json.loads('"a\nb"', strict=False))
print(json.loads('[1.1, 2]', parse_float=lambda t: ("F", t)), json.loads('[1, 2]', parse_int=float))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: 'const:' + s))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"z": 1, "a": [{"q": 0}]}', object_pairs_hook=list))
print(json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads('[1]'.encode('utf-16')), json.loads(bytearray(b'[2]')))
show(lambda: json.loads(b'\xff'))
show(lambda: json.loads(5))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('  [1]', 2) if False else dec.raw_decode('[1] [2]'))
show(lambda: dec.raw_decode('x'))
from json import scanner, decoder
print(scanner.c_make_scanner is not None, decoder.c_scanstring is not None)
print(decoder.scanstring('"abc" rest', 1), decoder.scanstring('x"\U0001f600\\n"y', 2))
show(lambda: decoder.scanstring('"abc', 1))
show(lambda: decoder.scanstring('"abc"', 10))
s = scanner.make_scanner(dec)
print(s('[1, "x"]', 0), s('  {"a": true}', 2))
show(lambda: s('xyz', 0))
show(lambda: s('[1]', 5))
show(lambda: s('[1]', -1))
deep = '[' * 100 + ']' * 100
print(len(str(json.loads(deep))))
