# String-heavy work: build lines with %-formatting, str.format and f-strings, then split, join, replace,
# strip, case-map, search, slice and compare them; non-ASCII text is mixed in on purpose.
# Exercises: str methods, formatting, concatenation, slicing, "in", comparisons, ord/chr.
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
         "psi", "omega", "caf\u00e9", "na\u00efve", "\u00fcber", "\u03c0\u03b9", "stra\u00dfe", "\u4e2d\u6587"]


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_lines(rng, count):
    lines = []
    for i in range(count):
        a = WORDS[rng.below(len(WORDS))]
        b = WORDS[rng.below(len(WORDS))]
        n = rng.below(100000)
        if i % 3 == 0:
            line = "%s-%s: %d items, %5.2f%% done" % (a, b, n, (n % 10000) / 100.0)
        elif i % 3 == 1:
            line = "{0}/{1} [{2:>8}] {3:x}".format(a.upper(), b, n, n * 7)
        else:
            line = f"{a:<10}|{b:^10}|{n:08d}|{len(a) + len(b)}"
        lines.append(line)
    return lines


def process(lines):
    total = 0
    pieces = []
    for line in lines:
        up = line.upper()
        low = line.lower()
        total += len(up) + len(low)
        words = line.replace("|", " ").replace("/", " ").replace(":", " ").split()
        total += len(words)
        joined = "_".join(words)
        if joined.startswith("ALPHA") or joined.endswith("e"):
            total += 1
        pos = joined.find("a")
        if pos >= 0:
            total += pos
        total += joined.count("e")
        stripped = ("  " + line + "  ").strip()
        if stripped == line:
            total += 2
        title = line.title()
        if title != line and "\u00e9" in title:
            total += 3
        rev = line[::-1]
        total += ord(rev[0]) % 17
        parts = line.partition(" ")
        total += len(parts[2])
        pieces.append(parts[0][:6])
    text = ",".join(pieces)
    s = ""
    for i in range(0, len(text), 97):
        s += text[i:i + 5]
    total += len(s)
    for p in text.split(","):
        if p.isalpha():
            total += 1
        if p.isdigit():
            total += 5
    return total, s[:40]


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rng = Lcg(7)
    result = None
    for _ in range(reps):
        lines = make_lines(rng, 20000)
        result = process(lines)
    print("strings", reps, result[0], result[1])


main()
