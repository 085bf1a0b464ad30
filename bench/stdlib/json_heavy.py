# json-heavy: building nested documents, dumps with and without indentation and sorting, loads back,
# and a round trip check; prints sizes and digests of the text so every implementation must agree.
import json
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000


def make_doc(n):
    return {
        "users": [
            {
                "id": i,
                "name": f"user{i}",
                "email": f"user{i}@example.com",
                "score": i * 1.5 - 7.25,
                "active": i % 3 == 0,
                "tags": ["t%d" % (i % 7), "g%d" % (i % 11), "ünï\u00e7ødé"],
                "address": {"street": f"{i} Main St", "zip": str(10000 + i), "geo": [i / 7, -i / 13]},
                "notes": None if i % 5 else "line1\nline2\t\"quoted\"",
            }
            for i in range(n)
        ],
        "meta": {"count": n, "version": "1.0", "nested": [[1, 2, [3, 4, {"a": [5]}]]]},
    }


def checksum(text):
    h = 0
    for ch in text[::7]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    doc = make_doc(N)
    compact = json.dumps(doc)
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    ascii_only = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    back = json.loads(compact)
    again = json.loads(pretty)
    assert back == again == json.loads(ascii_only)
    total = sum(u["score"] for u in back["users"])
    print(len(compact), len(pretty), len(ascii_only))
    print(checksum(compact), checksum(pretty), checksum(ascii_only))
    print(round(total, 3), back["meta"], len(back["users"]))


main()
