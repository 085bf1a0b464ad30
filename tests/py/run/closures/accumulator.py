def averager():
    series = []
    def avg(x):
        series.append(x)
        return sum(series) / len(series)
    return avg
a = averager()
print(a(10), a(11), a(12))
