def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", item, *others]:
            return f"take {item} +{len(others)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown command"
for c in ["go north", "go west", "take lamp key map", "exit", ""]:
    print(repr(c), f(c))
