# Miscellaneous expressions: calls, attributes, subscripts, ellipsis, displays.
import math

constants = None, True, False, ..., Ellipsis, __debug__
attribute_chain = math.pi.real.imag.__class__.__name__
call_forms = (
    print(),
    print(1),
    print(1, 2),
    print(*[1]),
    print(**{}),
    print(1, *[2], 3, *[4], sep="", **{"end": "\n"}),
    print(sep="", *[1]),
    print(*[1], **{}, end=""),
    dict(a=1, **{"b": 2}, c=3),
    print(x for x in ()),
    print((x for x in ()), end=""),
    print(1,),
    print(*[],),
)
subscripts = [0, 1, 2][0], {"k": 1}["k"], "abc"[-1], [[1]][0][0]
tuple_subscript = {(1, 2): 3}[1, 2]
empty_tuple_subscript = {(): 1}[()]
call_chain = str(1).zfill(3).encode().decode()
conditional = 1 if True else 2
nested_conditional = (1 if False else 2) if True else 3
ellipsis_in_subscript = [...][0]
starred_call = max(*[1, 2], *(3, 4))
keyword_call = sorted([3, 1], key=None, reverse=True)
generator_argument = list(i for i in range(3))
parenthesized_yieldless = ((((1))))
long_expression = (1 + 2) * (3 - 4) / (5 ** 6) // (7 % 8) @ 9 if False else 0
string_method = "{} {}".format(1, 2)
not_chain = not not not True
is_not = None is not None
in_not = 1 not in (2, 3)
await_less = [i for i in range(3)][::-1][0]
call_on_literal = (1).bit_length() + 1 .bit_length() + 1.0.hex().__len__()
multiple_targets_expr = [1, 2].__len__() + {1: 2}.get(1) + {1}.__len__()
