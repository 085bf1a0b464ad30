def find(seq, target):
    i = 0
    while True:
        if i >= len(seq):
            return -1
        if seq[i] == target:
            return i
        i += 1
print(find("hello", "l"), find("hello", "z"))
