import binascii, quopri, io

texts = [b'', b'plain', b'tab\there', b'trailing space ', b'trailing tab\t', b'=equals=', b'\x00\x01\xff', b'.', b'.\n.x',
         b'line1\nline2 \nline3\t\n', b'crlf\r\nline \r\n', b'a' * 200, b'x' * 75 + b'\n' + b'y' * 76, b'_under_score_',
         b'caf\xc3\xa9 cr\xc3\xa8me', b' leading', b'\r', b'mixed\r\nend\n']
for t in texts:
    for kw in [{}, {'quotetabs': True}, {'istext': False}, {'header': True}]:
        enc = binascii.b2a_qp(t, **kw)
        dec = binascii.a2b_qp(enc, header=kw.get('header', False))
        print(kw, enc, dec == t)
for t in [b'', b'a', b'ab', b'abc', bytes(range(45)), b'\x00' * 10, b'\xff' * 7]:
    for bt in [False, True]:
        line = binascii.b2a_uu(t, backtick=bt)
        print(line, binascii.a2b_uu(line) == t)
print(binascii.a2b_uu(b'$86)C\n'), binascii.a2b_uu(b'$86)C   \r\n'), binascii.a2b_uu(b'$86)'))
out = io.BytesIO()
quopri.encode(io.BytesIO(b'hello =world\t\nnext line is long ' + b'z' * 80 + b'\n'), out, quotetabs=False)
print(out.getvalue())
print(quopri.decodestring(out.getvalue()), quopri.encodestring(b'a b', header=True), quopri.decodestring(b'a_b', header=True))
