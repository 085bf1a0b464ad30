# Python source in CJK encodings (coding cookies), tokenize.detect_encoding, and files opened with a CJK
# encoding through open() and read with codecs.getreader().
import codecs, io, os, tempfile, tokenize

sources = [
    ('gbk', '中文'), ('shift_jis', '表示と予定'), ('cp932', 'ソ能'), ('big5', '許功蓋'), ('euc_kr', '한국'),
    ('euc_jp', '日本'), ('iso2022_jp', '日本語'), ('gb18030', '\u20ac\U0002a6a5'), ('hz', '你好'),
]
for enc, text in sources:
    src = f'# -*- coding: {enc} -*-\ns = "{text}"\nr = r"{text}"\nb = len("{text}")\n'.encode(enc)
    ns = {}
    exec(compile(src, f'<{enc}>', 'exec'), ns)
    print(enc, ascii(ns['s']), ns['s'] == text, ns['r'] == text, ns['b'], src.count(b'\\'))
    print(enc, tokenize.detect_encoding(io.BytesIO(src).readline)[0])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    for enc, text in [('cp932', '第一行 ① line\n第二\n'), ('big5', '第一行 line\n第二\n'),
                      ('gb18030', '第一行 한 line\n第二\n'), ('iso2022_kr', '한국 line\n국\n')]:
        with open(path, 'w', encoding=enc) as f:
            f.write(text)
        with open(path, 'rb') as f:
            raw = f.read()
        with open(path, encoding=enc) as f:
            lines = f.readlines()
        with open(path, 'rb') as f:
            r = codecs.getreader(enc)(f)
            first = r.readline()
            rest = r.read()
        with open(path, 'a', encoding=enc, errors='replace') as f:
            f.write('ü\n')
        with open(path, encoding=enc) as f:
            last = f.read().splitlines()[-1]
        print(enc, raw, [ascii(x) for x in lines], ascii(first), ascii(rest), ascii(last))
