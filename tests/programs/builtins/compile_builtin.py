# compile() in 'eval', 'exec' and 'single' modes, code object attributes, and compile-time errors.
c = compile("1 + 2", "<expr>", "eval")
print(type(c).__name__, eval(c), c.co_filename, c.co_name)
c2 = compile("x = 5\ny = x * 2\n", "<stmts>", "exec")
ns = {}
exec(c2, ns)
print(ns["x"], ns["y"], eval(c, {}), exec(c2, {}))
c3 = compile("print('from single mode')", "<single>", "single")
exec(c3)
c4 = compile("40 + 2", "<single>", "single")
exec(c4)
for src, mode in [("x = ", "exec"), ("1 +", "eval"), ("import", "exec"), ("x = 1", "eval"), ("a b", "eval")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile(1, "<x>", "eval")
except TypeError as e:
    print(type(e).__name__, e)
f = compile("def sq(n):\n    return n * n\n", "<defs>", "exec")
env = {}
exec(f, env)
print(env["sq"](9), env["sq"].__code__.co_filename, env["sq"].__name__, env["sq"].__code__.co_argcount)
print(compile("a", "<n>", "eval").co_names, compile("'s'", "<n>", "eval").co_consts[0])
print(eval(compile(b"3 * 3", "<bytes>", "eval")), eval(compile("1\n", "<nl>", "eval")))
