# Every operator, with precedence and associativity cases.
a, b, c = 1, 2, 3
arith = a + b - c * a / b // c % a ** b @ c if False else None
power = -a ** -b ** c
power_paren = (-a) ** (-b)
unary = -a, +a, ~a, not a, - - a, + - ~ a, not not a
bitwise = a | b ^ c & a << b >> c
shifts = a << b << c >> a
comparisons = a < b, a > b, a == b, a != b, a <= b, a >= b
membership = a in [b], a not in [b], a is b, a is not b
chained = a < b < c, a == b == c, a < b > c != a is not None in [None]
boolean = a and b or c and not a or not b
mixed = not a == b and b in [c] or a is None
conditional = a if b else c if a else b
lambda_prec = lambda: a if b else c
walrus_prec = (x := a + b * c)
matmul_assoc = a @ b @ c if False else None
unary_power = -2 ** 2, (-2) ** 2, 2 ** -1, ~2 ** 2
floordiv_mod = -7 // 2, -7 % 2, divmod(-7, 2)
comparison_chain_long = 1 < 2 < 3 < 4 < 5 <= 5 >= 4 > 3
string_ops = "a" + "b" * 3, "%s %d" % ("x", 1), "a" in "abc"
await_free_power = 2 ** 3 ** 2
parenthesized = (((a + b) * c) - (a - (b - c)))
attribute_then_call = "x".upper().lower()[0:1]
subscript_prec = [1, 2][0] ** 2
precedence_mix = a + b * c ** -a // b % c - a << b & c ^ a | b
