import encodings.idna, stringprep, codecs

def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name in ['b\xfccher.example', 'M\xfcnchen.DE', 'xn--bcher-kva.example', '\u4f8b\u3048.\u30c6\u30b9\u30c8',
             'ex\u00e4mple.com.', 'ABC', 'a' * 64, '\u0627\u0644\u0639\u0631\u0628\u064a\u0629']:
    show(lambda: name.encode('idna'))
show(lambda: b'xn--bcher-kva.example'.decode('idna'))
show(lambda: b'xn--mnchen-3ya.de'.decode('idna'))
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u00df'),
      stringprep.map_table_b3('A'), stringprep.in_table_c12('\u00a0'), stringprep.in_table_d1('\u05d0'),
      stringprep.in_table_d2('a'), stringprep.in_table_c3('\ue000'))
print(encodings.idna.nameprep('B\xfccher\u00ad'), encodings.idna.ToASCII('b\xfccher'), encodings.idna.ToUnicode(b'xn--bcher-kva'))
print('\u20ac'.encode('punycode'), b'bcher-kva'.decode('punycode'))
