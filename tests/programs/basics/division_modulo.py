# True division, floor division and modulo with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, 7)]
for a, b in pairs:
    print(a, b, "/", a / b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1)]:
    print(a, b, a // b, a % b)
print(10 / 5, type(10 / 5).__name__, 10 // 5, type(10 // 5).__name__)
print(1 / 3 * 3, 2 ** 53 / 1, (2 ** 53 + 1) // 1)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("/", "//", "%"):
        try:
            if op == "/":
                r = a / b
            elif op == "//":
                r = a // b
            else:
                r = a % b
            print("ok", r)
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
print(-1 % 10, -11 % 10, 11 % -10, -13 // 4, 13 // -4)
print(round(7 / 2), round(-7 / 2), int(7 / 2), int(-7 / 2))
