# Mutually recursive functions: even/odd, expression parser, Hofstadter sequences.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(101))
def F(n):
    return 1 if n == 0 else n - M(F(n - 1))
def M(n):
    return 0 if n == 0 else n - F(M(n - 1))
print([F(i) for i in range(12)])
print([M(i) for i in range(12)])
def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos
def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos
def parse_atom(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    if tok == "-":
        value, pos = parse_atom(tokens, pos + 1)
        return -value, pos
    return int(tok), pos + 1
for src in ["1 + 2 * 3", "( 1 + 2 ) * 3", "2 * ( 3 + 4 ) * 5 - 6 / 2", "- ( 4 - 10 ) * 2"]:
    print(src, "=", parse_expr(src.split(), 0)[0])
def outer_walk(tree, depth=0):
    name, children = tree
    lines = ["  " * depth + name]
    lines += inner_walk(children, depth + 1)
    return lines
def inner_walk(children, depth):
    out = []
    for c in children:
        out += outer_walk(c, depth)
    return out
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
print("\n".join(outer_walk(tree)))
