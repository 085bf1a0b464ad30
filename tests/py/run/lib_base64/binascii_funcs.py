import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(0, 256, 7))
print(binascii.hexlify(data), binascii.b2a_hex(b'\x00\xff'))
for sep, n in [('-', 1), (':', 2), (b' ', -3), ('.', 4), ('_', 0), ('|', -1)]:
    print(binascii.hexlify(b'\x01\x02\x03\x04\x05\x06\x07', sep, n))
print(binascii.hexlify(b'', '-'), binascii.hexlify(b'a', sep=':'))
show(lambda: binascii.hexlify(b'ab', '--'))
show(lambda: binascii.hexlify(b'ab', '\xe9'))
print(binascii.unhexlify(b'0aFF10'), binascii.a2b_hex('deadBEEF'), binascii.unhexlify(bytearray(b'00')))
show(lambda: binascii.unhexlify(b'abc'))
show(lambda: binascii.unhexlify('zz'))
show(lambda: binascii.unhexlify('\xe9\xe9'))
show(lambda: binascii.unhexlify(12))
print(isinstance(binascii.Error(), ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)

for n in range(7):
    enc = binascii.b2a_base64(data[:n])
    print(n, enc, binascii.b2a_base64(data[:n], newline=False), binascii.a2b_base64(enc) == data[:n])
for text in [b'YWJj', b'YWJjZA==', b'YWJjZA', b'YWJjZ', b'YW Jj\nZA==', b'YWJjZA==garbage', b'=YWJj', b'YW=Jj',
             b'YWJjZA===', b'!!YWJj', 'YWJj', b'', b'YQ==YQ==']:
    show(lambda: binascii.a2b_base64(text))
    show(lambda: binascii.a2b_base64(text, strict_mode=True))

line = binascii.b2a_uu(b'Cat')
print(line, binascii.a2b_uu(line), binascii.b2a_uu(b''), binascii.b2a_uu(b'', backtick=True))
print(binascii.b2a_uu(b'\x00\x00\x00', backtick=True), binascii.b2a_uu(data[:40]))
print(binascii.a2b_uu(binascii.b2a_uu(data[:40])) == data[:40], binascii.a2b_uu(b'') == b'\x00' * 32)
show(lambda: binascii.b2a_uu(b'x' * 46))
show(lambda: binascii.a2b_uu(b'#86)C\x01'))
show(lambda: binascii.a2b_uu(b'!86)C'))

print(binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(b''), binascii.crc32(b'abc', -1), binascii.crc32(data))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff), binascii.crc_hqx(data, 12345))

qp_in = b'caf\xc3\xa9 = 100%\ttab \nline2 ends with space \r\n.\nheader_field here' + b'x' * 90
for args in [(), (True,), (False, False), (False, True, True)]:
    enc = binascii.b2a_qp(qp_in, *args)
    print(args, enc)
    print(binascii.a2b_qp(enc, header=len(args) == 3) == qp_in)
print(binascii.a2b_qp(b'a=3D=\nb=4x=41=', header=False), binascii.a2b_qp(b'a_b=5F', header=True))
print(binascii.b2a_qp(b'.'), binascii.b2a_qp(b'end '), binascii.b2a_qp(b'a\rb', istext=False))
