# Dict-heavy work: word counting over generated text, dict comprehensions, inverted indexes,
# lookups with get/in/setdefault, deletion and re-insertion, iteration over items in insertion order.
# Exercises: str-keyed and int-keyed dicts, tuple keys, dict methods, sorted() on items.
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ra", "to", "vi", "de", "po", "ju", "xe", "qua", "bri"]


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_words(rng, count):
    words = []
    for _ in range(count):
        n = 1 + rng.below(3)
        w = ""
        for _ in range(n):
            w += SYLLABLES[rng.below(len(SYLLABLES))]
        words.append(w)
    return words


def run(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    # the same with "in" and setdefault
    firsts = {}
    for i, w in enumerate(words):
        if w not in firsts:
            firsts[w] = i
        firsts.setdefault(w[:2], i)
    lengths = {w: len(w) for w in counts}
    by_len = {}
    for w, n in lengths.items():
        by_len.setdefault(n, []).append(w)
    pairs = {}
    for i in range(len(words) - 1):
        key = (words[i], words[i + 1])
        pairs[key] = pairs.get(key, 0) + 1
    # remove rare words and put some back: exercises deletion and reinsertion
    for w in [w for w, n in counts.items() if n < 3]:
        del counts[w]
    for w in words[:200]:
        if w not in counts:
            counts[w] = -1
    inverted = {}
    for w, n in counts.items():
        inverted.setdefault(n, 0)
        inverted[n] += 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    best_pair = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    checksum = 0
    for k, v in firsts.items():
        checksum = (checksum * 31 + v + len(k)) % 1000000007
    for k in sorted(by_len):
        checksum = (checksum + k * len(by_len[k])) % 1000000007
    return len(counts), len(pairs), top, best_pair, sorted(inverted.items())[:3], checksum


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    rng = Lcg(11)
    words = make_words(rng, 100000)
    result = None
    for _ in range(reps):
        result = run(words)
    print("dicts", reps, result)


main()
