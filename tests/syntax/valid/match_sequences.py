# Sequence patterns: lists, tuples, open sequences, stars.
def seq(x):
    match x:
        case []:
            return 0
        case ():
            return 0
        case [a]:
            return a
        case (a,):
            return a
        case [a, b]:
            return a + b
        case (a, b, c):
            return a + b + c
        case [a, *rest]:
            return rest
        case [*init, last]:
            return last
        case [first, *middle, last]:
            return middle
        case [*_]:
            return "any sequence"
        case [1, [2, [3, *deep]]]:
            return deep
        case [(a, b), [c, d]]:
            return a
        case [a, b, *_,]:
            return b
    match x:
        case a, b:
            return a
        case a, *rest:
            return rest
        case *rest, a:
            return rest
        case a,:
            return a
        case *_,:
            return None
    match x, x:
        case (1, 2), [3, 4]:
            pass
    match *x, 1:
        case [*_, 1]:
            pass
