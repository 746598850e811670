# Literal, capture, wildcard and value patterns.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "float"
        case 1 + 2j | 1 - 2j | -1 + 2j | -1 - 2j | 3j | -3j:
            return "complex"
        case 0x10 | 0o10 | 0b10 | 1_000:
            return "other bases"
        case "text" | 'other' | """triple""" | r"raw\d":
            return "string"
        case "implicit" "concat":
            return "concatenated"
        case b"bytes" | rb"raw bytes":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "dotted value"
        case enum.Enum.__class__:
            return "deeper dotted value"
        case _:
            return "wildcard"


def capture(x):
    match x:
        case int(n) if n > 10:
            return n
        case name:
            return name


def single_line(x):
    match x:
        case 1: return 1
        case _: pass
