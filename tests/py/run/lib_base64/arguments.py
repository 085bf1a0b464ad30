import binascii, unicodedata, _json, _string

def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: binascii.b2a_base64(b'x', True))
show(lambda: binascii.a2b_base64(b'eA==', True))
show(lambda: binascii.b2a_uu(b'x', True))
show(lambda: binascii.hexlify())
show(lambda: binascii.hexlify(b'x', '-', 'a'))
show(lambda: binascii.crc32())
show(lambda: binascii.crc32(b'x', 'a'))
show(lambda: binascii.b2a_qp(data=b'x', header=True))
show(lambda: binascii.a2b_qp(b'x', True))
show(lambda: unicodedata.name())
show(lambda: unicodedata.name('a', 'b', 'c'))
show(lambda: unicodedata.normalize('NFC'))
show(lambda: unicodedata.normalize(1, 'a'))
show(lambda: unicodedata.normalize('NFC', 1))
show(lambda: unicodedata.is_normalized('NFX', 'a'))
show(lambda: unicodedata.numeric('1', 2, 3))
show(lambda: unicodedata.ucd_3_2_0.category('a'))
show(lambda: unicodedata.UCD())
show(lambda: _json.encode_basestring(b'x'))
show(lambda: _json.scanstring('"a"'))
show(lambda: _json.scanstring('"a"', 1.5))
show(lambda: _json.make_scanner())
show(lambda: _json.make_encoder(None))
show(lambda: _string.formatter_field_name_split(None))
