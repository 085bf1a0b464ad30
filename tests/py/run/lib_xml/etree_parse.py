# xml.etree.ElementTree over pyexpat: parsing (attributes, text/tail, comments kept by a TreeBuilder,
# CDATA, entities, namespaces), find/findall/iter with paths, building and serialising, iterparse and
# XMLPullParser events, and ParseError codes and positions.
import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE catalog [<!ENTITY pub "Acme &amp; Co">]>
<catalog xmlns="urn:books" xmlns:x="urn:extra">
  <!-- a comment -->
  <book id="b1" x:rating="5">
    <title>Dune</title>
    <price currency="EUR">9.99</price>
    <x:note><![CDATA[<raw> & "quoted"]]></x:note>
  </book>
  <book id="b2"><title>Emma &amp; &#x263A; &pub;</title>tail text</book>
</catalog>"""

root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
ns = {"b": "urn:books", "x": "urn:extra"}
for book in root.findall("b:book", ns):
    print(book.get("id"), book.find("b:title", ns).text, sorted(book.attrib.items()))
print(repr(root.find(".//x:note", ns).text))
print([e.tag for e in root.iter()])
print(repr(root[1].tail), repr(root[1][0].tail))
print(root.findtext(".//b:price", namespaces=ns), root.find(".//b:price", ns).attrib)

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed("<r><?pi data?><!--c--><a>1</a></r>")
r = p.close()
print([(type(c.tag).__name__ if not isinstance(c.tag, str) else c.tag, c.text) for c in r])

top = ET.Element("top", {"version": "2"})
child = ET.SubElement(top, "child", name="c&d")
child.text = "x < y"
ET.SubElement(top, "empty")
ET.indent(top)
print(ET.tostring(top, encoding="unicode"))
print(ET.tostring(ET.fromstring("<a><b>é</b></a>"), encoding="utf-8"))
print(ET.tostring(ET.fromstring('<a xmlns:q="urn:q"><q:b q:c="1"/></a>'), encoding="unicode"))

events = [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b"<a><b/><c><d/></c></a>"), events=("start", "end"))]
print(events)
pp = ET.XMLPullParser(events=("start", "end", "start-ns"))
pp.feed("<root xmlns:p='urn:p'><p:item>")
print([(e, x if isinstance(x, tuple) else x.tag) for e, x in pp.read_events()])
pp.feed("</p:item></root>")
print([(e, x.tag) for e, x in pp.read_events()])

for bad in ["<a><b></a>", "<a>", "<a></a><b/>", "<a>&nope;</a>", "<a x='1' x='2'/>", "<a>\n<b>\n</c></a>", "<a>x</a>junk"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), e.code, e.position, e)

tree = ET.ElementTree(ET.fromstring("<cfg><opt k='a'>1</opt><opt k='b'>2</opt></cfg>"))
buf = io.BytesIO()
tree.write(buf, xml_declaration=True, encoding="utf-8")
print(buf.getvalue())
print({o.get("k"): int(o.text) for o in tree.getroot().iterfind("opt")})
