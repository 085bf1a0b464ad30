# Round trips of real text through the CJK codecs, str.encode/bytes.decode, codecs.lookup names and
# aliases, and a few code points where the codecs' tables differ from the WHATWG ones.
import codecs

texts = {
    'zh_hans': '中华人民共和国，简体中文：你好，世界！编码测试。',
    'zh_hant': '中華民國，繁體中文：你好，世界！編碼測試。',
    'ja': '日本語のテキスト、カタカナ、ひらがな、漢字。ｶﾀｶﾅ（半角）と「括弧」',
    'ko': '한국어 텍스트: 안녕하세요, 세계! 대한민국',
}
codecs_for = {
    'zh_hans': ['gb2312', 'gbk', 'gb18030', 'hz', 'iso2022_jp_2'],
    'zh_hant': ['big5', 'cp950', 'big5hkscs', 'gb18030'],
    'ja': ['shift_jis', 'cp932', 'euc_jp', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_ext',
           'gb18030'],
    'ko': ['euc_kr', 'cp949', 'johab', 'iso2022_kr', 'iso2022_jp_2', 'gb18030'],
}
for lang, text in texts.items():
    for enc in codecs_for[lang]:
        try:
            data = text.encode(enc)
        except UnicodeEncodeError as e:
            print(lang, enc, 'cannot encode', e.start, e.end, ascii(e.object[e.start:e.end]))
            data = text.encode(enc, 'replace')
        back = data.decode(enc)
        print(lang, enc, len(data), data[:24].hex(), back == text or ascii(back))

# every name CPython's encodings package knows for these codecs
for name in ['GBK', 'cp936', 'ms936', 'gb2312-1980', 'EUC-CN', 'gb18030-2000', 'HZ-GB-2312', 'big5-tw', 'csbig5',
             'ms950', 'big5-hkscs', 'hkscs', 'Shift-JIS', 'sjis', 's_jis', 'ms-kanji', 'windows-31j', 'mskanji',
             'eucjp', 'ujis', 'u-jis', 'euc-kr', 'ks_c-5601-1987', 'uhc', 'ms949', 'johab', 'cp1361',
             'iso-2022-jp', 'csiso2022jp', 'iso-2022-jp-1', 'iso-2022-jp-2', 'iso-2022-jp-ext',
             'iso-2022-kr', 'csiso2022kr']:
    info = codecs.lookup(name)
    print(name, info.name, type(info.incrementalencoder).__name__, info._is_text_encoding)

# characters where CPython's tables are not the WHATWG ones
checks = [
    ('gbk', '\u00b7\u2014\u2015\u30fb'), ('gb2312', '\u30fb\u2015\u00b7'), ('gb18030', '\u1e3f\ue7c7\ue5e5\u3000'),
    ('gb18030', '\U0001f600\U00020000\uffff\x80'), ('big5', '\u2022\u2027\uff0f\u2215\u5341'),
    ('cp950', '\u00a2\uffe0\u2550\u2593\u20ac'), ('big5hkscs', '\u00ca\u0304\u00ca\u00ea\u030c\u2550'),
    ('shift_jis', '\u00a5\u203e\\~\uff3c\u301c\uff5e'), ('cp932', '\u301c\uff5e\u2170\u2252\uf8f0\x80'),
    ('euc_jp', '\u00a5\u203e\uff3c\u301c\uff71\u4e02'), ('euc_kr', '\uac02\uac00\u3164'),
    ('cp949', '\uac02\uac00'), ('johab', '\uac00\u3131\u3000\u4e00\u00b7'),
]
for enc, s in checks:
    for ch in s:
        try:
            b = ch.encode(enc)
            print(enc, ascii(ch), b.hex(), ascii(b.decode(enc)))
        except UnicodeError as e:
            print(enc, ascii(ch), type(e).__name__, e.reason)
for enc, data in [('gb2312', b'\xa1\xa4\xa1\xaa'), ('gbk', b'\xa1\xa4\xa1\xaa\xa8\x44\x80'),
                  ('gb18030', b'\x81\x35\xf4\x37\xa8\xbc\x84\x31\xa4\x39\xe3\x32\x9a\x35'),
                  ('big5', b'\xa1\x45\xc6\xa1\xc7\xfc\xf9\xfe'), ('cp950', b'\xa1\x45\xc6\xa1\xf9\xfe\xa3\xe1'),
                  ('big5hkscs', b'\x88\x62\x88\x64\x88\xa3\x88\xa5\x87\x40'),
                  ('shift_jis', b'\x81\x60\x81\x5f\x5c\x7e\xb1\x87\x40'), ('cp932', b'\x81\x60\x87\x40\xa0\xfd\xf0\x40'),
                  ('euc_jp', b'\xa1\xc1\x8e\xb1\x8f\xa2\xb7\x8f\xb0\xa1\xad\xa1'),
                  ('euc_kr', b'\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2\xb0\xa1'), ('cp949', b'\x81\x41\xb0\xa1'),
                  ('johab', b'\x88\x61\x84\x41\xd9\x31\x88\x41')]:
    print(enc, data.hex(), ascii(data.decode(enc, 'replace')))
