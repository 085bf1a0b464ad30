up = str.upper
print(up("abc"), list(map(str.strip, [" a ", "b "])))
app = [].append
print(app(1))
bound = "x,y".split
print(bound(","), bound.__name__, bound.__self__)
