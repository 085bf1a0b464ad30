# The default handler without a character data handler: text, entity text and comments interleaved as
# expat reports them; canonicalization (C14N 2.0) of attributes that a DTD declares as tokens.
import pyexpat
import xml.etree.ElementTree as ET

events = []
p = pyexpat.ParserCreate()
p.DefaultHandler = lambda t: events.append(("default", t))
p.CommentHandler = lambda t: events.append(("comment", t))
p.StartElementHandler = lambda name, attrs: events.append(("start", name))
p.EndElementHandler = lambda name: events.append(("end", name))
p.Parse("<root>one<!--c-->two<a>three</a>\n</root>", True)
for e in events:
    print(e)

doc = """<!DOCTYPE d [
<!ATTLIST n tokens NMTOKENS #IMPLIED plain CDATA #IMPLIED>
<!ATTLIST d version CDATA "1.0">
]>
<d><n tokens="  x   y  " plain="  x   y  "/></d>"""
print(ET.canonicalize(doc))
print(ET.tostring(ET.fromstring(doc)))
