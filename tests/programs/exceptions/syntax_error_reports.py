# How SyntaxErrors print: str() with the file and line, and the report
# (File line, source text, carets) of sys.excepthook and uncaught errors.
import sys
sys.stderr = sys.stdout
cases = [
    SyntaxError("x"),
    SyntaxError("bad", ("f.py", 3, 4, "  abc def\n", 3, 7)),
    SyntaxError("bad", (None, 3, 2, "abc", 3, 3)),
    SyntaxError("bad", ("f.py", None, 2, "abc", 3, 3)),
    SyntaxError("bad", ("f.py", 3, 10, "abc", 3, 12)),
    SyntaxError(None, ("f.py", 3, 10, "abc", 3, 12)),
    SyntaxError("", ("f.py", 3, 10, "abc", 3, 12)),
    SyntaxError("bad", ("f.py", 3, 2, "abc\ndef\n", 3, 7)),
    SyntaxError("bad", ("f.py", 3, 6, "abc\ndef\n", 3, 7)),
    SyntaxError("bad", ("dir/f.py", 3, 2, "abc", 4, 1)),
    SyntaxError("bad", ("f.py", 3, 0, "abc", 3, 0)),
    IndentationError("bad", ("f.py", 3, 2, "abc", 3, 3)),
]
for e in cases:
    print(repr(str(e)))
    sys.excepthook(type(e), e, None)
for src in ["f(1, c=1, c=2)", "(1,\n2 +)", "x = (", "def f(:\n  pass", "return 1", "nonlocal x"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(str(e)), e.text, e.offset)
        sys.excepthook(type(e), e, None)
sys.stderr = sys.__stderr__
eval("f(1,\n   c=1, c=2)")
