"""The smallest pypyts program: `./pypyts run examples/hello.py`."""


def greet(name: str) -> str:
    return f"Hello, {name}!"


if __name__ == "__main__":
    print(greet("world"))
