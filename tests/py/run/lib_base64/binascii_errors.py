import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: binascii.b2a_base64('str'))
show(lambda: binascii.b2a_base64(None))
show(lambda: binascii.a2b_base64(None))
show(lambda: binascii.a2b_base64('caf\xe9'))
show(lambda: binascii.a2b_base64(bytearray(b'YWJj')))
show(lambda: binascii.a2b_base64(memoryview(b'YWJj')))
show(lambda: binascii.hexlify('str'))
show(lambda: binascii.hexlify(b'abc', 1))
show(lambda: binascii.hexlify(b'abc', sep=b'::'))
show(lambda: binascii.hexlify(b'abc', '-', bytes_per_sep=-2))
show(lambda: binascii.b2a_hex(data=b'\x01\x02\x03', sep='.', bytes_per_sep=2))
show(lambda: binascii.crc32('x'))
show(lambda: binascii.crc32(b'x', 2**32 + 5))
show(lambda: binascii.crc32(b'x', -5))
show(lambda: binascii.crc_hqx(b'x'))
show(lambda: binascii.crc_hqx(b'x', 0x1ffff))
show(lambda: binascii.b2a_uu(b'x', backtick=True))
show(lambda: binascii.a2b_uu('!8   '))
show(lambda: binascii.a2b_uu(b' '))
show(lambda: binascii.b2a_qp('x'))
show(lambda: binascii.a2b_qp('a=3Db'))
show(lambda: binascii.a2b_qp(b'=\r\nsoft=\nbreak'))
show(lambda: binascii.a2b_hex(b'0g'))
show(lambda: binascii.unhexlify(b''))
try:
    binascii.unhexlify(b'1')
except binascii.Error as e:
    print('caught binascii.Error', isinstance(e, ValueError), type(e).__module__, type(e).__qualname__)
print(binascii.Incomplete('x'), issubclass(binascii.Incomplete, Exception), issubclass(binascii.Incomplete, ValueError))
print(sorted(n for n in dir(binascii) if not n.startswith('_')))
