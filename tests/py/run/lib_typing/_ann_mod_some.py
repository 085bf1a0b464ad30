x: int = 1
y: "Undefined"
