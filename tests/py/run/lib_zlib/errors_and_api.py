# zlib error messages (header/data checks, truncation, bad options), checksums, constants, the
# Decompress/_ZlibDecompressor attributes (eof, unused_data, unconsumed_tail, needs_input), zdict.
import zlib
c = zlib.compress(b'hello world' * 10)
tests = [lambda: zlib.compress(b'x', 10), lambda: zlib.compress(b'x', -2), lambda: zlib.compress(b'x', wbits=7), lambda: zlib.compress(b'x', wbits=16),
 lambda: zlib.compress('x'), lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(c[:-3]), lambda: zlib.decompress(c[:5]), lambda: zlib.decompress(b''),
 lambda: zlib.decompress(c[:-1] + bytes([c[-1] ^ 1])), lambda: zlib.decompress(c, wbits=-15), lambda: zlib.decompress(c, wbits=99), lambda: zlib.decompress(c, bufsize=-1),
 lambda: zlib.decompressobj(wbits=99), lambda: zlib.compressobj(level=11), lambda: zlib.compressobj(method=9), lambda: zlib.compressobj(memLevel=10), lambda: zlib.decompressobj().decompress(b'x', -1),
 lambda: zlib.decompress(b'\x78\x9c\x07'), lambda: zlib.decompress(c + b'extra'), lambda: zlib.crc32('x'), lambda: zlib.compressobj().flush(99),
 lambda: zlib.decompress(zlib.compress(b'abc', wbits=31)), lambda: zlib.decompress(zlib.compress(b'abc', wbits=31), 47), lambda: zlib.decompress(zlib.compress(b'abc', wbits=-9), -9),
 lambda: zlib.decompress(bytes.fromhex('1f8b0800000000000003') + b'\x00'), lambda: zlib.decompress(bytes.fromhex('789c0300'))]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
d = zlib.decompressobj()
print(d.decompress(c[:10]), d.eof, d.unconsumed_tail, d.unused_data)
print(d.decompress(c[10:] + b'tail'), d.eof, d.unused_data)
print(d.flush())
try: d.decompress(b'more')
except Exception as e: print(type(e).__name__, e)
d = zlib.decompressobj()
out = d.decompress(c, 5); print(out, len(d.unconsumed_tail), d.eof)
print(zlib.crc32(b'hello'), zlib.crc32(b'hello', 12345), zlib.adler32(b'hello'), zlib.adler32(b'hello', 7), zlib.crc32(b''), zlib.adler32(b''))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK, zlib.Z_TREES, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_COMPRESSION)
print(type(zlib.compressobj()), type(zlib.decompressobj()), zlib._ZlibDecompressor, zlib.error.__mro__)
zd = zlib._ZlibDecompressor()
print(zd.decompress(c, 7), zd.needs_input, zd.eof, zd.unused_data)
print(zd.decompress(b'', 1000), zd.needs_input, zd.eof)
c2 = zlib.compressobj(zdict=b'hello world')
cc = c2.compress(b'hello world hello') + c2.flush()
print(zlib.decompressobj(zdict=b'hello world').decompress(cc))
try: zlib.decompress(cc)
except Exception as e: print(type(e).__name__, e)
try: zlib.decompressobj().decompress(cc)
except Exception as e: print(type(e).__name__, e)
