# SyntaxError: "invalid syntax" errors whose line parses with one name replaced by a keyword say
# "Did you mean 'kw'?" (traceback's _find_keyword_typos over SyntaxError._metadata).
import traceback

cases = [
    "fur a in b:\n  pass",
    "for a in b:\n  pass\nelso:\n  pass",
    "whille True:\n  pass",
    "iff x > 5:\n  pass",
    "classe MyClass:\n  pass",
    "impor math",
    "form x import y",
    "defn calculate_sum(a, b):\n  return a + b",
    "def foo():\n  returm result",
    "lamda x: x ** 2",
    "def foo():\n  yeld i",
    "frum math import sqrt",
    "asynch def fetch_data():\n  pass",
    'raisee ValueError("Error")',
    "[x for x\nin range(3)\nof x]",
    "[123 fur x\nin range(3)\nif x]",
    "for x im n:\n  pass",
    "x = 1\ny = 2\nfur a in b:\n  pass",
    "if x:\n  pass\nx = 1; y = 2\nfur a",
    "class A:\n  def f(self): pass\n  x = 1\n  fur a",
    "a b c d",
    "print(1 2)",
]
for src in cases:
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e._metadata[:2], e._metadata[2] == src + "\n")
        print("".join(traceback.format_exception_only(e)), end="")
try:
    compile("x = 1 +", "<s>", "exec")
except SyntaxError as e:
    print(e._metadata[:2])
try:
    compile("def f(:\n  pass", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e._metadata[:2])
