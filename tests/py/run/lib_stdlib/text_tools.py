# textwrap, difflib, pprint, string, html: wrapping/dedent/shorten, unified and context diffs,
# SequenceMatcher ratios, get_close_matches, pprint of nested structures with width/depth/sort_dicts,
# string constants and Template, html escape/unescape.
import difflib
import html
import pprint
import string
import textwrap

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40, initial_indent="> ", subsequent_indent="  "))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), textwrap.shorten(text, 30), repr(textwrap.indent("x\ny", "- ")))
a = ["one", "two", "three", "four"]
b = ["one", "too", "three", "five", "six"]
print("".join(difflib.unified_diff([s + "\n" for s in a], [s + "\n" for s in b], "a.txt", "b.txt")))
print("".join(difflib.context_diff([s + "\n" for s in a], [s + "\n" for s in b])))
sm = difflib.SequenceMatcher(None, "abcdefgh", "abxdefyh")
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), list(difflib.ndiff(["a\n"], ["b\n"])))
data = {"name": "x" * 20, "nested": {"list": list(range(25)), "tuple": (1, 2, {"deep": [1, 2, 3]})}, "b": None}
pprint.pprint(data, width=60)
pprint.pprint(data, depth=2, sort_dicts=False)
print(pprint.pformat([list(range(10))] * 3, width=40, compact=True))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello   big world"))
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="Ann"))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#62;&eacute;&#x263a;"))
