# Encodings the parser reads: expat's own (UTF-8, UTF-16 in either byte order, found from a BOM or
# "<?" in 16-bit units, ISO-8859-1, US-ASCII) and 8-bit Python codecs through the unknown-encoding
# handler; a codec that is not one byte per character is refused with ValueError.
import xml.etree.ElementTree as ET

for enc in ["utf-8", "utf-16", "utf-16be", "utf-16le", "iso-8859-1", "iso8859-5", "iso-8859-15",
            "cp437", "cp1252", "koi8-r", "mac-roman", "ascii", "us-ascii"]:
    c = "éπя\u05d0\u060c€".encode(enc, "ignore").decode(enc)[:1] or "a"
    doc = "<?xml version='1.0' encoding='%s'?><xml a='%s'>%s</xml>" % (enc, c, c)
    e = ET.XML(doc.encode(enc))
    print(enc, ET.tostring(e), e.text == c == e.get("a"), ET.XML(doc).text == c)

# ISO-8859-1 is Latin-1 proper, not windows-1252
e = ET.XML(b"<?xml version='1.0' encoding='iso-8859-1'?><x>\x80\x9f\xe9</x>")
print([hex(ord(ch)) for ch in e.text])

# UTF-16 fed in odd-sized pieces
data = "<?xml version='1.0' encoding='utf-16'?><r a='\u00e9'>\u20ac text \U0001f600</r>".encode("utf-16")
p = ET.XMLParser()
for i in range(0, len(data), 7):
    p.feed(data[i:i + 7])
r = p.close()
print(r.attrib, r.text)

for bad in ["utf8", "undefined", "xxx", "latin-1"]:
    try:
        e = ET.XML(("<?xml version='1.0' encoding='%s'?><xml>t</xml>" % bad).encode("ascii"))
        print(bad, "ok", e.text)
    except Exception as e:
        print(bad, type(e).__name__)
