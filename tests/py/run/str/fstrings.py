name, n, f = "World", 42, 3.14159
print(f"Hello {name}! {n:>5} {n:05d} {f:.2f} {n!r} {name!r} {name!a}")
print(f"{n + 1} {n * 2 = } {name.upper()} {'nested ' + f'{n}'} {[1, 2][0]} {{braces}}")
w, p = 10, 3
print(f"{f:{w}.{p}f}|{name:^{w}}|{n:#x}|{n:_b}")
print(f"{'quotes'}" f'{"mixed"}', f"""{
    n
}""", f"{n=}", f"{name = !r:>10}")
d = {"k": "v"}
print(f"{d['k']} {d["k"]} {'\n'.join(['a', 'b'])}")
