# pyexpat handlers directly (buffer_text, ordered_attributes, namespaces with prefixes, XML declaration,
# processing instructions), xml.dom.minidom parsing and serialising, xml.sax handlers, plistlib.
import plistlib
import xml.dom.minidom
import xml.sax
from xml.parsers import expat

out = []
p = expat.ParserCreate(namespace_separator=" ")
p.StartElementHandler = lambda name, attrs: out.append(("start", name, attrs))
p.EndElementHandler = lambda name: out.append(("end", name))
p.CharacterDataHandler = lambda data: out.append(("data", data))
p.StartNamespaceDeclHandler = lambda prefix, uri: out.append(("ns", prefix, uri))
p.XmlDeclHandler = lambda v, e, s: out.append(("decl", v, e, s))
p.ProcessingInstructionHandler = lambda t, d: out.append(("pi", t, d))
p.CommentHandler = lambda c: out.append(("comment", c))
p.buffer_text = True
p.Parse(b'<?xml version="1.0" encoding="utf-8" standalone="yes"?>', False)
p.Parse(b"<r xmlns='urn:d' xmlns:k='urn:k' k:a='1' b='2'>", False)
p.Parse(b"text &amp; more<?go now?><!--hi--><k:e/></r>", True)
for item in out:
    print(item)
print(p.buffer_text, p.ordered_attributes, p.ErrorCode)

q = expat.ParserCreate()
q.ordered_attributes = True
q.StartElementHandler = lambda n, a: print("ordered", n, a)
q.Parse("<x z='1' a='2' m='3'/>", True)
try:
    q.Parse("<more/>", True)
except expat.ExpatError as e:
    print("again:", e.code, expat.ErrorString(e.code))
print(expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes[expat.errors.XML_ERROR_SYNTAX])

dom = xml.dom.minidom.parseString("<doc><item n='1'>A</item><item n='2'>B<![CDATA[C]]></item></doc>")
items = dom.getElementsByTagName("item")
print([(i.getAttribute("n"), i.firstChild.data) for i in items])
print(dom.documentElement.toxml())
print(dom.toprettyxml(indent=" ")[:60])


class Handler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.log = []

    def startElement(self, name, attrs):
        self.log.append(("start", name, dict(attrs)))

    def endElement(self, name):
        self.log.append(("end", name))

    def characters(self, content):
        if content.strip():
            self.log.append(("chars", content))


h = Handler()
xml.sax.parseString(b"<a x='1'><b>hi</b><c/></a>", h)
print(h.log)
try:
    xml.sax.parseString(b"<a><b></a>", Handler())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e.getLineNumber(), e.getColumnNumber(), e.getMessage())

data = {"name": "pypyts", "n": 3, "ok": True, "ratio": 0.5, "items": [1, "two"], "nested": {"k": b"\x00\x01"}}
blob = plistlib.dumps(data)
print(blob.decode()[:80].splitlines()[0])
print(plistlib.loads(blob) == data)
