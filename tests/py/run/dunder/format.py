class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return format(self.v, spec)
m = Money(3.14159)
print(f"{m:usd} {m:.1f} {m}", format(m, "usd"), "{:usd}".format(m))
class Plain: pass
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
print(format(Plain(), "")[:9])
