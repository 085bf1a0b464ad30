# The JIS X 0213 codecs: euc_jis_2004, shift_jis_2004, iso2022_jp_2004 and their 2000-edition variants
# euc_jisx0213, shift_jisx0213, iso2022_jp_3: combining pairs (a base character and U+309A etc. as one
# code), planes 1 and 2, characters beyond the BMP, the incremental encoder waiting for a pair's second half.
import codecs

names = ['euc_jis_2004', 'euc_jisx0213', 'shift_jis_2004', 'shift_jisx0213', 'iso2022_jp_2004', 'iso2022_jp_3']
text = 'か\u309aき\u309aセ\u309aㇷ\u309a æ\u0300 ɔ\u0301 ˩˥ ˥˩ か き 𠀋𪚲 俱 鷗 \u4ff1\u9b1c\u9b1d ¥‾\\~ ～ ＼ ｶﾅ 漢字'
for enc in names:
    data = text.encode(enc, 'backslashreplace')
    print(enc, data.hex())
    print(enc, ascii(data.decode(enc, 'replace')))
    e = codecs.getincrementalencoder(enc)('replace')
    parts = []
    for ch in 'かき\u309a\u00e6x\u02e9':
        parts.append((e.encode(ch), e.getstate()))
    parts.append(e.encode('', final=True))
    print(enc, parts)
    d = codecs.getincrementaldecoder(enc)()
    got = ''.join(d.decode(data[i:i + 1]) for i in range(len(data))) + d.decode(b'', True)
    print(enc, got == data.decode(enc, 'replace'))
for enc in names:
    for s in ['\u304b', '\u304b\u309a', '\u309a', '\u02e5\u02e9', '\u4ff1', '\u9b1c', '\u9b1d', '\U00020b9f', '\u2015',
              '\u2014', '\u2985', '\uff5f', '\u00a6', '\u2116']:
        try:
            print(enc, ascii(s), s.encode(enc).hex())
        except UnicodeEncodeError as ex:
            print(enc, ascii(s), 'UnicodeEncodeError', ex.start, ex.end)
for enc, data in [('euc_jis_2004', b'\xae\xa1\x8f\xfd\xbb\x8f\xa2\xaf\xa4\xf7\xa1\xc0'),
                  ('euc_jisx0213', b'\xae\xa1\x8f\xfd\xbb\x8f\xa2\xaf\xa4\xf7'),
                  ('shift_jis_2004', b'\x5c\x7e\x81\x5f\x82\xf5\xf0\x40\xfc\xf4'),
                  ('shift_jisx0213', b'\x87\xa0\x82\xf5\xfc\xf4'),
                  ('iso2022_jp_2004', b'\x1b$(Q\x24\x77\x21\x40\x22\x32\x1b$(P\x7d\x3b\x1b(B'),
                  ('iso2022_jp_3', b'\x1b$(O\x24\x77\x2e\x21\x1b$(P\x7d\x3b\x1b(B')]:
    print(enc, ascii(data.decode(enc, 'replace')))
