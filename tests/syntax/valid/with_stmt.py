# with statements, including parenthesized with-items (3.10+).
d = {}
import contextlib

cm = contextlib.nullcontext
with cm():
    pass
with cm() as a:
    pass
with cm() as a, cm() as b:
    pass
with cm(), cm():
    pass
with cm() as (a, b):
    pass
with cm() as [a, *b]:
    pass
with cm() as a.attr:
    pass
with cm() as d["key"]:
    pass
with (cm()):
    pass
with (cm()) as a:
    pass
with (cm() as a):
    pass
with (cm() as a, cm() as b):
    pass
with (cm() as a, cm() as b,):
    pass
with (
    cm() as a,
    cm() as b,
    cm(),
):
    pass
with (cm(), cm()):
    pass
with (cm(), cm()) as pair:
    pass
with (a, b) if False else cm() as c:
    pass
with cm() as a, (cm()) as b, cm():
    pass
with (yield_ := cm()):
    pass
with cm(): pass
with cm() as a: x = 1; y = 2
