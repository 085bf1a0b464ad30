# Undefined entity references: an error without a DTD (or standalone), but handed to the
# SkippedEntityHandler / default handler when an external subset or a parameter entity reference may
# declare them; external entities likewise. ElementTree turns the default-handler case into
# "undefined entity &name;" at the reference's position, or looks the name up in parser.entity.
import xml.etree.ElementTree as ET
import xml.parsers.expat as expat

ENTITY_XML = """\
<!DOCTYPE points [
<!ENTITY % user-entities SYSTEM 'user-entities.xml'>
%user-entities;
]>
<document>&entity;</document>
"""
EXTERNAL_ENTITY_XML = """\
<!DOCTYPE points [
<!ENTITY entity SYSTEM "file:///non-existing-file.xml">
]>
<document>&entity;</document>
"""
docs = [
    "<document>&entity;</document>",
    ENTITY_XML,
    EXTERNAL_ENTITY_XML,
    b"<!DOCTYPE doc SYSTEM 'doc.dtd'><doc>&ldots;&ndots;&rdots;</doc>",
    "<?xml version='1.0' standalone='yes'?><!DOCTYPE doc SYSTEM 'doc.dtd'><doc>&x;</doc>",
    "<!DOCTYPE doc SYSTEM 'doc.dtd'><doc a='1&x;2'>t</doc>",
    "<!DOCTYPE doc [<!ENTITY x 'ex'>]><doc>&x;&amp;&#65;</doc>",
]
for doc in docs:
    try:
        print(ET.tostring(ET.XML(doc)))
    except ET.ParseError as e:
        print("ParseError:", e, e.code, e.position)

parser = ET.XMLParser()
parser.entity["entity"] = "text"
parser.feed(ENTITY_XML)
print(ET.tostring(parser.close()))

# the raw parser: SkippedEntityHandler wins over the default handler
events = []
p = expat.ParserCreate()
p.buffer_text = True
p.SkippedEntityHandler = lambda name, is_pe: events.append(
    ("skipped", name, is_pe, p.ErrorLineNumber, p.ErrorColumnNumber))
p.DefaultHandler = lambda text: events.append(("default", text))
p.CharacterDataHandler = lambda text: events.append(("data", text))
p.Parse("<!DOCTYPE d SYSTEM 'x.dtd'><d>a&e1;b &e2;</d>", True)
for e in events:
    if e[0] != "default":
        print(e)

events = []
p = expat.ParserCreate()
p.DefaultHandlerExpand = lambda text: events.append(("default", text))
p.Parse("<!DOCTYPE d SYSTEM 'x.dtd'><d>&e1;</d>", True)
print([e for e in events if e[1].startswith("&")])
