# A tiny expression evaluator and simplifier built on match over tuples and classes.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name):
            return env[name]
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
def simplify(node):
    match node:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case _, Num(a), Num(b):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, l, r)
        case _:
            return node
def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
expr = BinOp("+", BinOp("*", Num(1), Var("x")), BinOp("*", Num(0), Var("y")))
print(show(expr), "=>", show(simplify(expr)))
expr2 = BinOp("-", BinOp("*", Num(3), Num(4)), BinOp("+", Var("x"), Num(0)))
print(show(expr2), "=>", show(simplify(expr2)))
print(evaluate(expr, {"x": 7, "y": 100}), evaluate(expr2, {"x": 2}))
try:
    evaluate(BinOp("/", Num(1), Num(2)), {})
except ValueError as e:
    print("ValueError:", e)
def rpn(tokens):
    stack = []
    for tok in tokens:
        match tok, stack:
            case ("+" | "-" | "*") as op, [*rest, a, b]:
                stack = rest + [evaluate(BinOp(op, Num(a), Num(b)), {})]
            case str(s), _ if s.lstrip("-").isdigit():
                stack.append(int(s))
            case _:
                raise ValueError(f"bad token {tok!r} with stack {stack}")
    return stack
print(rpn("3 4 + 2 *".split()), rpn("5 1 2 + 4 * + 3 -".split()))
try:
    rpn(["+"])
except ValueError as e:
    print("ValueError:", e)
