import unicodedata as U

samples = ['', 'abc', 'caf\xe9', 'cafe\u0301', '\u1e9b\u0323', '\u212b\u2126\u00c5', 'q\u0307\u0323',
           '\ufb01 \ufb03 \u2460 \u00bd \u2163 \uff21\uff76\uff9e', '\uac00\u11a8 \u1100\u1161\u11a8 \ud55c\uae00',
           '\u0958\u0959 \u2adc \U0001d15e\U0001d165', 'a\u0300\u0301\u0302\u0327\u0328', '\u00e9\u0327',
           '\u0f73\u0f75\u0f81', '\u1100\u1161\u11a8\u11a8', '\u3131\u314f', '\u00a0\u2002\u3000', '\u017f\u0307',
           '\U0002f800\ufa10', '\u0345\u0300', 'e\u0301' * 3 + '\U0001f600', '\u0cca\u0d4a\u0dda', '\u09cb\u0b4b']
for s in samples:
    row = [ascii(s)]
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        r = U.normalize(form, s)
        row.append(ascii(r))
        assert U.is_normalized(form, r), (form, s)
        row.append(U.is_normalized(form, s))
    print(*row)
print(ascii(U.ucd_3_2_0.normalize('NFKC', '\u2460\ufb01\U0001f600\u0221')), U.ucd_3_2_0.is_normalized('NFC', 'e\u0301'))
for bad in [('NFX', 'a'), ('nfc', 'a')]:
    try:
        U.normalize(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    U.normalize('NFC', b'a')
except TypeError as e:
    print('TypeError', e)
total = 0
for c in range(0, 0x30000, 3):
    s = chr(c) + '\u0301'
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        total += len(U.normalize(form, s)) * (c % 7 + 1)
print(total)
