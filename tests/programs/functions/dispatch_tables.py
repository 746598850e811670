# Dispatching through dicts and lists of functions: a tiny stack calculator.
def op_push(stack, arg):
    stack.append(int(arg))
def op_add(stack, _):
    b, a = stack.pop(), stack.pop()
    stack.append(a + b)
def op_sub(stack, _):
    b, a = stack.pop(), stack.pop()
    stack.append(a - b)
def op_mul(stack, _):
    b, a = stack.pop(), stack.pop()
    stack.append(a * b)
def op_dup(stack, _):
    stack.append(stack[-1])
def op_swap(stack, _):
    stack[-1], stack[-2] = stack[-2], stack[-1]
OPS = {"push": op_push, "add": op_add, "sub": op_sub, "mul": op_mul, "dup": op_dup, "swap": op_swap}
def run(program):
    stack = []
    for line in program.strip().splitlines():
        name, _, arg = line.strip().partition(" ")
        handler = OPS.get(name)
        if handler is None:
            print("unknown op", repr(name))
            continue
        handler(stack, arg)
        print(f"{line.strip():<8} -> {stack}")
    return stack
run("""
push 3
push 4
add
dup
mul
push 10
swap
sub
bogus
""")
handlers = [lambda x: x + 1, lambda x: x * 2, lambda x: -x]
value = 5
for h in handlers:
    value = h(value)
print(value)
def dispatch(value):
    kind = type(value).__name__
    return {"int": lambda v: f"int {v}", "str": lambda v: f"str {v!r}"}.get(kind, lambda v: f"other {kind}")(value)
print(dispatch(1), dispatch("s"), dispatch(2.0), dispatch(None))
