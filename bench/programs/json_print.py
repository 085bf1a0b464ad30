# JSON-like serializer and parser: recursive printing of nested dicts/lists/strings/numbers with escaping
# and indentation, then a recursive-descent parser that reads the text back, checked by a round trip.
# Exercises: recursion, isinstance dispatch, string building with lists and join, character scanning.
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(s):
    out = ['"']
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dump(value, out, indent):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append(quote(value))
    elif isinstance(value, list):
        if not value:
            out.append("[]")
            return
        pad = "\n" + "  " * (indent + 1)
        out.append("[")
        first = True
        for item in value:
            if not first:
                out.append(",")
            first = False
            out.append(pad)
            dump(item, out, indent + 1)
        out.append("\n" + "  " * indent + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        pad = "\n" + "  " * (indent + 1)
        out.append("{")
        first = True
        for k, v in value.items():
            if not first:
                out.append(",")
            first = False
            out.append(pad)
            out.append(quote(k))
            out.append(": ")
            dump(v, out, indent + 1)
        out.append("\n" + "  " * indent + "}")
    else:
        raise TypeError("cannot serialize %r" % (value,))


def dumps(value):
    out = []
    dump(value, out, 0)
    return "".join(out)


class Parser(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
        self.pos = pos

    def value(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def number(self):
        start = self.pos
        text = self.text
        while self.pos < len(text) and text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        s = text[start:self.pos]
        if "." in s or "e" in s or "E" in s:
            return float(s)
        return int(s)

    def string(self):
        self.pos += 1
        text = self.text
        out = []
        while True:
            ch = text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = text[self.pos + 1]
                if esc == "u":
                    out.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r"}.get(esc, esc))
                self.pos += 2
                continue
            out.append(ch)
            self.pos += 1

    def arr(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                raise ValueError("bad array at %d" % self.pos)

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                raise ValueError("bad object at %d" % self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ValueError("bad object at %d" % self.pos)


def make_doc(depth, seed):
    if depth == 0:
        k = seed % 6
        if k == 0:
            return seed * 7919
        if k == 1:
            return seed / 8.0
        if k == 2:
            return "item \"%d\"\twith caf\u00e9\n" % seed
        if k == 3:
            return None
        if k == 4:
            return seed % 2 == 0
        return -seed * 10 ** 20
    if seed % 2 == 0:
        return [make_doc(depth - 1, seed * 3 + i) for i in range(4)]
    return dict(("key%d" % i, make_doc(depth - 1, seed * 5 + i)) for i in range(4))


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    doc = {"name": "bench", "list": [make_doc(5, i) for i in range(6)], "empty": [], "nothing": {}}
    text = ""
    for _ in range(reps):
        text = dumps(doc)
        back = Parser(text).value()
        if back != doc:
            raise RuntimeError("round trip failed")
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    print("json_print", reps, len(text), text.count("\n"), h)


main()
