# pyexpat and the DTD's internal subset: <!ATTLIST> defaults added to start tags (also namespaced ones),
# non-CDATA values normalized, AttlistDeclHandler calls; the doctype and the prolog reach the default
# handler token by token, which ElementTree's XMLParser reads the doctype from.
import pyexpat
import xml.etree.ElementTree as ET

DOC = """<?xml version="1.0"?>
<!DOCTYPE doc [
<!ATTLIST doc xml:lang CDATA "eng" kind (a|b|c) "b" note CDATA #IMPLIED>
<!ATTLIST item id ID #IMPLIED names NMTOKENS #IMPLIED label CDATA "  two  spaces  ">
<!ATTLIST item fixed CDATA #FIXED "yes" req CDATA #REQUIRED>
]>
<doc><item id="  x1  " names=" a   b  c " label=" kept   as is " req="r"/><item req=""/></doc>"""

root = ET.fromstring(DOC)
print(sorted(root.attrib.items()))
for item in root:
    print(sorted(item.attrib.items()))

calls = []
p = pyexpat.ParserCreate()
p.AttlistDeclHandler = lambda *a: calls.append(a)
p.StartElementHandler = lambda name, attrs: calls.append((name, sorted(attrs.items())))
p.Parse(DOC, True)
for c in calls:
    print(c)

p = pyexpat.ParserCreate(namespace_separator=" ")
p.ordered_attributes = True
p.StartElementHandler = lambda name, attrs: print(name, attrs)
p.Parse(DOC, True)


class DoctypeTarget:
    def __init__(self):
        self.seen = []

    def doctype(self, name, pubid, system):
        self.seen.append((name, pubid, system))

    def start(self, tag, attrs):
        self.seen.append(tag)

    def close(self):
        return self.seen


for text in [
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html/>',
    "<!DOCTYPE note SYSTEM 'note.dtd'>\n<note/>",
]:
    parser = ET.XMLParser(target=DoctypeTarget())
    parser.feed(text)
    print(parser.close())

tokens = []
p = pyexpat.ParserCreate()
p.DefaultHandler = tokens.append
p.Parse('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE r SYSTEM "r.dtd" [ <!ENTITY e "v"> ]>\n<r>t</r>\n', True)
print(tokens)

for setup in [lambda p: None, lambda p: setattr(p, "StartElementHandler", lambda *a: None)]:
    tokens = []
    p = pyexpat.ParserCreate()
    p.DefaultHandler = tokens.append
    setup(p)
    p.Parse('<a x="1">', False)
    p.Parse("<b/><c >", False)
    p.Parse("</c ></a>", True)
    print(tokens)
