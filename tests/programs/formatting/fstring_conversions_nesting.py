# f-string conversions !r !s !a, nested replacement fields in specs, expressions, quotes and braces escaping.
name = "Zoë"
items = ["a", 'b"']
print(f"{name!r} {name!s} {name!a} {items!r} {items!a} {42!r} {3.0!s}")
print(f"{name!r:>10}|{name!a:^12}|{'x'!r:*<6}|")
width, prec = 12, 3
print(f"{3.14159265:{width}.{prec}f}|{'txt':{'<' if width > 5 else '>'}{width}}|")
spec = ">8.2f"
print(f"{2.5:{spec}}|{7:{'0'}{5}}|{'c':{'^'}{'5'}}|")
print(f"{{literal braces}} {{{name}}} {'}'}")
print(f"{1 + 2 * 3} {[x * 2 for x in range(3)]} {dict(a=1)['a']} {'yes' if width else 'no'}")
print(f"{name.upper()} {name[::-1]} {len(name):03d} {items[1]!r}")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f'{"double quotes inside"}' + f"{'single inside'}")
print(f"""{'triple'} {name!r}
second line {width}""")
x = 5
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{3.14159=:.2f}", f"{items[0]=}")
print(f"{(lambda v: v + 1)(1)}", f"{x:{'>'}{x}}", f"{'nested {braces}'}")
print(f"{'a' 'b'}", f"{x!r:>{x}}", F"{x}", rf"\n{x}", fr"{x}\t")
