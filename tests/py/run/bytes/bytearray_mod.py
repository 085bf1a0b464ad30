# bytearray % args (was unsupported) gives a bytearray; bytes/bytearray __rmod__ leave int % bytes to its TypeError.
print(bytearray(b'%d-%s') % (5, b'x'), bytearray(b'%r|%5d') % ("é", 3), b'%x' % 255, bytearray(b"%%") % ())
print(type(bytearray(b"a%d") % 1).__name__, bytearray(b"%s") % bytearray(b"ab"), b"%s" % bytearray(b"ab"))
try: 5 % b"x"
except TypeError as e: print(e)
try: 5 % bytearray(b"x")
except TypeError as e: print(e)
b = bytearray(b"%d")
b %= 7
print(b)
