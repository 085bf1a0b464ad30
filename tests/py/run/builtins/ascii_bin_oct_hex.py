print(ascii("abc"), ascii("é"), ascii(["ü", 1]), ascii("😀"), bin(10), bin(-10), oct(64), hex(255), hex(-1), bin(0))
try:
    hex(1.5)
except TypeError as e:
    print(e)
