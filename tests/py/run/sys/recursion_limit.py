import sys
old = sys.getrecursionlimit()
print(old >= 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def rec(n):
    return rec(n + 1) if n < 10_000 else n
try:
    rec(0)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
