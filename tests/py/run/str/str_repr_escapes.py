for s in ["plain", "it's", 'say "hi"', "both ' \"", "tab\tnl\ncr\r", "\x00\x7f\x80\xff", "é\u200b\ud800", "\\"]:
    print(repr(s))
print(ascii("naïve ☃"), str(b"x"), repr("\U0010ffff"))
