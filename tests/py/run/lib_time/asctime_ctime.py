# asctime/ctime formats (fixed tuples; ctime in the oracle's UTC zone is avoided)
import time

for t in [(2000, 1, 1, 0, 0, 0, 5, 1, 0), (2024, 2, 29, 13, 5, 9, 3, 60, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0),
          (2024, 10, 10, 10, 10, 10, 3, 284, 1), (2000, 0, 0, 0, 0, 0, 0, 0, 0)]:
    print(repr(time.asctime(t)))
print(repr(time.asctime(time.gmtime(0))))
print(repr(time.asctime(time.gmtime(1e9))))
print(len(time.asctime()), len(time.ctime()))
print(time.asctime(time.gmtime(1234567890)) == time.strftime("%a %b %e %H:%M:%S %Y", time.gmtime(1234567890)))
