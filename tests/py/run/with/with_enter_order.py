log = []
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        log.append(f"enter{self.n}")
        if self.n == 2:
            raise ValueError("enter2 failed")
    def __exit__(self, *a):
        log.append(f"exit{self.n}")
try:
    with CM(1), CM(2), CM(3):
        log.append("body")
except ValueError:
    pass
print(log)
