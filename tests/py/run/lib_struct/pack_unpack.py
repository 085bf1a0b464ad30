# struct: every format char in native and standard modes, range/type errors with CPython messages,
# half floats, Pascal strings, pack_into/unpack_from offsets, iter_unpack, the Struct type.
import struct
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
for fmt, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('q', 2**63), ('Q', -1), ('<l', 2**31), ('<L', 2**32), ('>q', -2**63-1), ('b', 1.5), ('i', '1'), ('f', 'x'), ('d', None), ('e', 1e6), ('<f', 1e300), ('c', b'ab'), ('c', 'a'), ('s', 'abc'), ('p', 1), ('?', []), ('x', 1), ('3s', bytearray(b'ab')), ('<n', 1), ('<P', 1), ('z', 1), ('3', 1), ('<e', 65520.0), ('<e', 65519.0), ('<e', float('nan')), ('!f', float('inf'))]:
    t(struct.pack, fmt, v)
t(struct.pack, 'hh', 1); t(struct.pack, 'h', 1, 2); t(struct.unpack, 'h', b'abc'); t(struct.unpack_from, 'i', b'abc'); t(struct.unpack_from, 'i', b'abcdefgh', 6); t(struct.unpack_from, 'i', b'abcd', 5); t(struct.unpack_from, 'i', b'abcd', -5)
t(struct.iter_unpack, 'h', b'abc'); t(struct.iter_unpack, '', b''); t(struct.calcsize, '0q'); t(struct.Struct, 1); t(struct.pack_into, 'h', bytearray(1), 0, 1); t(struct.pack_into, 'h', b'ab', 0, 1); t(struct.pack_into, 'h', bytearray(4), 3, 1); t(struct.pack_into, 'h', bytearray(4), -1, 1); t(struct.pack_into, 'h', bytearray(4), -5, 1)
t(struct.calcsize, 'bhiqd'); t(struct.calcsize, '@bhiqd'); t(struct.calcsize, '=bhiqd'); t(struct.calcsize, 'ci'); t(struct.calcsize, '5s2x3p?e'); t(struct.calcsize, '<qQnN')
s = struct.Struct('<hI3s')
print(s.format, s.size, repr(s), s.pack(1, 2, b'xy'), s.unpack(b'\x01\x00\x02\x00\x00\x00xyz'))
print(struct.pack('<e', 1.5), struct.unpack('<e', b'\x00\x3c'), struct.pack('>e', -0.0), struct.pack('<e', 6.1e-5), struct.pack('<e', 1e-8), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfe'))
print(struct.pack('5p', b'hello world'), struct.pack('3p', b''), struct.unpack('6p', b'\x09hello'), struct.pack('?', 0), struct.pack('?', 'x'), struct.unpack('??', b'\x00\x02'))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')), struct.unpack('@bq', struct.pack('@bq', 1, 2)), struct.pack('!I', 0xdeadbeef), struct.pack('<d', 1.1), struct.pack('>f', 1.1))
b = bytearray(10); struct.pack_into('<hh', b, 2, 1, -1); print(b)
class I:
    def __index__(self): return 7
print(struct.pack('<i', I()), struct.pack('<Q', 2**64-1), struct.unpack('<q', b'\xff'*8))
t(struct.pack, '<i', 1.0)
print(struct.pack('<f', 3.4028235e38), struct.pack('<f', 1e-46))
t(struct.pack, '<f', 3.4028236e38)
print(struct.unpack('<f', b'\x00\x00\x80\x7f'), struct.pack('@ci', b'a', 1), struct.pack('<4x'), struct.unpack('>3xb', b'\x00\x00\x00\x05'))
print(struct.Struct(b'<i').format, struct.pack(b'<h', 5))
print(struct.pack('<q', -1), struct.error.__mro__)
