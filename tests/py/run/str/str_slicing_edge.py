s = "0123456789"
print(s[2:8:2], s[8:2:-2], s[::-3], s[-3:], s[:-3], s[5:5], s[7:3], s[100:], s[-100:-50], s[1:-1:4])
print(s[slice(1, 5)], s[slice(None, None, -1)])
try:
    s[::0]
except ValueError as e:
    print(e)
