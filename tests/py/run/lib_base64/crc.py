import binascii
data = bytes((i * 37 + 11) % 256 for i in range(5000))
crc = 0
for i in range(0, len(data), 333):
    crc = binascii.crc32(data[i:i + 333], crc)
print(crc, binascii.crc32(data), crc == binascii.crc32(data))
print([binascii.crc32(bytes([b])) for b in range(0, 256, 17)])
print([binascii.crc_hqx(bytes([b]), b * 257) for b in range(0, 256, 17)])
h = 0
for i in range(0, len(data), 100):
    h = binascii.crc_hqx(data[i:i + 100], h)
print(h, binascii.crc_hqx(data, 0))
print(binascii.crc32(b'The quick brown fox jumps over the lazy dog'), hex(binascii.crc32(b'123456789')))
print(binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'123456789', 0))
print(binascii.crc32(memoryview(b'abc')), binascii.crc32(bytearray(b'abc')))
