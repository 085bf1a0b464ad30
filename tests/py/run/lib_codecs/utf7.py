import codecs

def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['Hi Mom -\u263a-!', 'A\u2262\u0391.', '\u65e5\u672c\u8a9e', 'a+b', '+', '~\\', '\U0001f600x', '\ud800', 'a-b',
          '\u20ac-', '\u20aca', 'plain text (with) punctuation: ok?', '\x00\x01']:
    b = s.encode('utf-7')
    print(ascii(s), b, ascii(b.decode('utf-7')) == ascii(s))
for b in [b'+AGEAYgBj-', b'+AGE', b'+AG', b'+A-', b'+-', b'+!', b'a\xe9b', b'+2D3eAA-', b'+2D0-', b'+AGEAYgBj',
          b'+ZeVnLIqe-', b'+ZeVnLIqe', b'+AGE-x', b'+AGF-']:
    show(lambda: b.decode('utf-7'))
    show(lambda: b.decode('utf-7', 'replace'))
    show(lambda: codecs.utf_7_decode(b, 'strict', False))
dec = codecs.getincrementaldecoder('utf-7')()
print(ascii([dec.decode(bytes([c])) for c in b'a+ZeVnLIqe-b'] + [dec.decode(b'', True)]))
