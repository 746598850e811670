# Or-patterns, as-patterns, groups, guards.
def misc(x, threshold):
    match x:
        case 1 | 2 | 3:
            return "small"
        case (4 | 5) as n:
            return n
        case [1, 2] | (3, 4) | [5, *_]:
            return "sequences"
        case (1 as one) | (2 as one):
            return one
        case [x, y] if x > y:
            return "guard"
        case [x, y] if (z := x + y) > threshold:
            return z
        case {"k": v} if v:
            return v
        case str() as s if s.startswith("a"):
            return s
        case ((((1)))):
            return "parenthesized"
        case (1 | 2) | (3 | 4):
            return "nested or"
        case [(a, b) as pair, *_] as whole:
            return pair, whole
        case _ if threshold:
            return "guarded wildcard"
        case (_):
            return "parenthesized wildcard"


def subjects(a, b):
    match a, b:
        case _:
            pass
    match (a, b):
        case _:
            pass
    match a.attr[0](b):
        case _:
            pass
    match not a:
        case True:
            pass
    match a if b else None:
        case None:
            pass
    match (yield_ := a):
        case _:
            pass
    match a, *b:
        case _:
            pass
    match lambda: a:
        case _:
            pass
