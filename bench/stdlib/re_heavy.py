# re-heavy: tokenising a generated log with several patterns, sub with groups and callbacks, findall
# and split; prints counts and checksums so every implementation must agree.
import re
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000

LINE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$")
WORD = re.compile(r"\b[a-z]{4,}\b")
NUM = re.compile(r"-?\d+(?:\.\d+)?")
KV = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")
IP = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}")


def make_lines(n):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    words = ["alpha", "beta", "gamma", "delta", "request", "response", "timeout", "user", "cache", "miss"]
    out = []
    for i in range(n):
        w = " ".join(words[(i * k) % len(words)] for k in range(1, 6))
        out.append(
            f"2024-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d} "
            f"[{levels[i % 4]}] {w} id={i} ip=10.{i % 256}.{(i * 3) % 256}.{(i * 7) % 256} "
            f'took={i % 997 / 10} msg="{words[i % 10]} done" code={-(i % 5)}'
        )
    return out


def main():
    lines = make_lines(N)
    levels = {}
    words = 0
    total = 0.0
    ips = set()
    keys = {}
    for line in lines:
        m = LINE.match(line)
        levels[m.group("level")] = levels.get(m.group("level"), 0) + 1
        msg = m.group("msg")
        words += len(WORD.findall(msg))
        total += sum(float(x) for x in NUM.findall(msg))
        ips.update(IP.findall(msg))
        for k, v in KV.findall(msg):
            keys[k] = keys.get(k, 0) + len(v)
    redacted = [IP.sub(lambda m: "x" * len(m.group()), line) for line in lines[:500]]
    swapped = [re.sub(r"(\w+)=(\S+)", r"\2=\1", line) for line in lines[:500]]
    parts = sum(len(re.split(r"[\s=\[\]]+", line)) for line in lines)
    print(sorted(levels.items()))
    print(words, round(total, 2), len(ips), sorted(keys.items()))
    print(sum(map(len, redacted)), sum(map(len, swapped)), parts)


main()
