# Mapping patterns.
KEY = "k"


class Keys:
    A = "a"


def mapping(x):
    match x:
        case {}:
            return "empty (matches any mapping)"
        case {"a": 1}:
            return "literal value"
        case {"a": 1, "b": b}:
            return b
        case {"a": [1, *rest], "b": {"c": c}}:
            return rest, c
        case {1: one, 2.5: two, -3: three, 4j: four, None: n, False: t}:
            return one
        case {b"bytes": v, "str" "cat": w}:
            return v
        case {Keys.A: a_value}:
            return a_value
        case {"a": _, **rest}:
            return rest
        case {**rest}:
            return rest
        case {"x": x, "y": y,}:
            return x + y
        case {"x": {"y": {"z": z}}}:
            return z
        case {"k": 1 | 2 | 3 as small}:
            return small
