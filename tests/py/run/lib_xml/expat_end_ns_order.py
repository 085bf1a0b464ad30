# EndNamespaceDeclHandler reports a tag's bindings in reverse order of their declaration.
import xml.etree.ElementTree as ET
import xml.parsers.expat as expat
import textwrap

p = expat.ParserCreate(namespace_separator=" ")
p.StartNamespaceDeclHandler = lambda *a: print("start-ns", a)
p.EndNamespaceDeclHandler = lambda *a: print("end-ns", a)
p.StartElementHandler = lambda name, attrs: print("start", name)
p.EndElementHandler = lambda name: print("end", name)
p.Parse("<root xmlns='namespace' xmlns:p='pns' xmlns:a='ans'><a:x xmlns:b='b' xmlns:c='c'/>"
        "<p:y/></root>", True)


class Builder(list):
    def start_ns(self, prefix, uri):
        self.append(("start-ns", prefix, uri))

    def end_ns(self, prefix):
        self.append(("end-ns", prefix))


builder = Builder()
parser = ET.XMLParser(target=builder)
parser.feed(textwrap.dedent("""\
    <?pi data?>
    <!-- comment -->
    <root xmlns='namespace' xmlns:p='pns' xmlns:a='ans'>
       <a:element key='value'>text</a:element>
       <p:element>text</p:element>tail
       <empty-element/>
    </root>
    """))
parser.close()
for item in builder:
    print(item)
