import base64, binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xbf']
for s in samples:
    print(base64.b64encode(s)[:60], base64.urlsafe_b64encode(s)[:60], base64.standard_b64encode(s)[:20])
    print(base64.b32encode(s)[:60], base64.b32hexencode(s)[:40], base64.b16encode(s)[:40])
    print(base64.b85encode(s)[:60], base64.a85encode(s)[:60], base64.z85encode(s)[:40] if len(s) % 4 == 0 else '-')
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.b64decode('Zm9vYmFy'), base64.b64decode(b'Zm9v\nYmFy'))
show(lambda: base64.b64decode(b'Zm9v\nYmFy', validate=True))
show(lambda: base64.b64decode(b'Zm9vY'))
show(lambda: base64.b64decode('Zm9v\xe9'))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'MZXW6YQ=', map01=None))
print(base64.b32decode(b'0ZXW6YQ=', map01=b'O') if False else '')
show(lambda: base64.b32decode(b'MZXW6YQ'))
show(lambda: base64.b32decode(b'mzxw6==='))
print(base64.b16decode(b'ff00', casefold=True))
show(lambda: base64.b16decode(b'ff00'))
show(lambda: base64.b16decode(b'F'))
print(base64.a85encode(b'hello world', adobe=True), base64.a85encode(b'\0\0\0\0    ', foldspaces=True))
print(base64.a85encode(bytes(range(60)), wrapcol=20))
print(base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85decode(b'z'))
show(lambda: base64.a85decode(b'abc~'))
show(lambda: base64.b85decode(b'|NsC0~'))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(b'xyz' * 30)) == b'xyz' * 30)
import io
out = io.BytesIO()
base64.encode(io.BytesIO(b'stream data ' * 10), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue()[:24])
import codecs
print(codecs.encode(b'hello', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))
print(codecs.encode(b'hello', 'hex'), codecs.decode(b'68656c6c6f', 'hex'), codecs.encode(b'hi', 'hex_codec'))
print(codecs.encode(b'hello world', 'uu'))
print(codecs.decode(codecs.encode(b'hello world', 'uu'), 'uu'))
print(codecs.encode(b'a=b \xff', 'quopri'), codecs.decode(b'a=3Db=20=FF', 'quopri'))
import quopri
print(quopri.encodestring(b'caf\xe9 = ok\t\n'), quopri.decodestring(b'caf=E9 =3D ok'))
