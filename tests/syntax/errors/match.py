match x
    case 1:
        pass
#---
match x:
    case 1
        pass
#---
match x:
    case 1 if y
        pass
#---
match x:
case 1:
    pass
#---
match x:
    case 1:
    pass
#---
match x:
    pass
#---
match x:
    x = 1
#---
match:
    case 1:
        pass
#---
case 1:
    pass
#---
match x:
    case:
        pass
#---
match x:
    case 1 + 1:
        pass
#---
match x:
    case 1j + 1:
        pass
#---
match x:
    case 1 + 2j + 3j:
        pass
#---
match x:
    case -x:
        pass
#---
match x:
    case a + b:
        pass
#---
match x:
    case f():
        pass
    case f(a=1, b):
        pass
#---
match x:
    case f(a=1, b, c=2):
        pass
#---
match x:
    case f(a=1, a=2):
        pass
#---
match x:
    case x as _:
        pass
#---
match x:
    case x as 1:
        pass
#---
match x:
    case x as y.z:
        pass
#---
match x:
    case x as (y):
        pass
#---
match x:
    case [a, a]:
        pass
#---
match x:
    case {'k': a, 'j': a}:
        pass
#---
match x:
    case C(a, b=a):
        pass
#---
match x:
    case [*a, *b]:
        pass
#---
match x:
    case *a, *b:
        pass
#---
match x:
    case *a:
        pass
#---
match x:
    case **a:
        pass
#---
match x:
    case {**a, 'k': 1}:
        pass
#---
match x:
    case {**a, **b}:
        pass
#---
match x:
    case {**_}:
        pass
#---
match x:
    case {'a': 1, 'a': 2}:
        pass
#---
match x:
    case {1: a, 1: b}:
        pass
#---
match x:
    case {f(): 1}:
        pass
#---
match x:
    case {a: 1}:
        pass
#---
match x:
    case {'a'}:
        pass
#---
match x:
    case a:
        pass
    case 1:
        pass
#---
match x:
    case _:
        pass
    case 1:
        pass
#---
match x:
    case a | 1:
        pass
#---
match x:
    case _ | 1:
        pass
#---
match x:
    case 1 | a:
        pass
#---
match x:
    case [a] | [b]:
        pass
#---
match x:
    case (1 as a) | 2:
        pass
#---
match x:
    case f"x":
        pass
#---
match x:
    case b"x" f"y":
        pass
#---
match x:
    case (x := 1):
        pass
#---
match x:
    case a.b():
        pass
    case a.b.c(d.e):
        pass
    case 1():
        pass
#---
match x:
    case {1: 2, **rest,}:
        pass
    case [1, 2,,]:
        pass
#---
match x:
    case [1, 2:
        pass
#---
match x:
    case 1 if:
        pass
#---
match x:
    case 1 if x = 1:
        pass
#---
match x:
    case not 1:
        pass
#---
match x:
    case 1 < 2:
        pass
#---
match x:
    case ...:
        pass
#---
match x:
    case lambda: 1:
        pass
#---
match x:
    case C(**kw):
        pass
#---
match x:
    case C(*args):
        pass
#---
match x:
    case C(1=a):
        pass
#---
match x:
    case C(a.b=1):
        pass
#---
match x:
    case __debug__:
        pass
#---
match x:
    case {'k': __debug__}:
        pass
#---
match x:
    case 1:
        pass
  case 2:
        pass
#---
match x, y
    case 1, 2:
        pass
#---
match *x:
    case 1:
        pass
x = 1 2
#---
match x:
    case 1:
        pass
    else:
        pass
#---
match x:
    case -1j - 1:
        pass
#---
match x:
    case 1 - -1j:
        pass
#---
match x:
    case 0x1 + 0x1j:
        pass
x = 1 2
#---
# valid: soft keywords as ordinary names
match = 1
case = 2
_ = 3
match.x = match[case]
match(case, _)
print(match, case, _)
#---
# valid: match statements whose subject looks like a call or an expression
match (x):
    case _:
        pass
match [a, b]:
    case [_, _]:
        pass
match -x:
    case -1:
        pass
match x, y:
    case (1, 2) | [3, 4]:
        pass
match *a, b:
    case _:
        pass
#---
# valid: names called match/case inside a match statement
match match:
    case case:
        pass
match case:
    case match if match:
        pass
#---
match x:
    case "s" b"b":
        pass
#---
# valid: every pattern kind
match x:
    case 1 | 2.5 | -3 | 1+2j | -1-2j | "s" "t" | b"b" | None | True | False:
        pass
    case [a, *rest] | (a, *rest):
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=yy) | Point(1, y=yy):
        pass
    case mod.CONST | mod.sub.OTHER:
        pass
    case [_, *_] as whole:
        pass
    case (inner.attr as bound):
        pass
    case other:
        pass
