# The incremental UTF-8 decoders keep a truncated surrogate (ED A0..BF) for the next call, so
# surrogatepass can decode it once complete; strict still fails when the input ends.
import codecs
for enc in ("utf-8", "utf-8-sig"):
    for ch in ("\ud901", "\udc02"):
        data = ch.encode("utf-8", "surrogatepass")
        if enc == "utf-8-sig":
            data = codecs.BOM_UTF8 + data
        for i in range(1, len(data)):
            dec = codecs.getincrementaldecoder(enc)("surrogatepass")
            print(enc, ascii(ch), i, ascii(dec.decode(data[:i])), ascii(dec.decode(data[i:], True)))
        for i in range(1, len(data)):
            dec = codecs.getincrementaldecoder(enc)("strict")
            try:
                print(enc, "strict", i, ascii(dec.decode(data[:i])), end=" ")
                print(ascii(dec.decode(data[i:], True)))
            except UnicodeDecodeError as e:
                print("!!", e)
dec = codecs.getincrementaldecoder("utf-8")("replace")
print(ascii(dec.decode(b"a\xed\xa0")), ascii(dec.decode(b"", True)))
