# Tuple, list, set and dict displays.
empty = (), [], {}
single = (1,), [1], {1}, {1: 2}
trailing = (1, 2,), [1, 2,], {1, 2,}, {1: 2, 3: 4,}
bare_tuple = 1, 2, 3
bare_single = 1,
nested = ((1, (2, (3,))), [[[]]], {"a": {"b": {"c": {}}}})
unpacked = (*[1], *[2]), [*[1], *(2,)], {*[1], *{2}}, {**{1: 2}, 3: 4, **{}}
mixed_keys = {1: "int", "s": "str", (1, 2): "tuple", None: "none", 1.5: "float"}
multiline_list = [
    1,
    2,
    3,
]
multiline_dict = {
    "one": 1,
    "two": 2,
    **{
        "three": 3,
    },
}
set_of_tuples = {(1, 2), (3, 4)}
list_of_lambdas = [lambda: 1, lambda x: x]
dict_with_conditional = {"k": 1 if True else 2, ("a" if False else "b"): 3}
generator_in_tuple = (x for x in ()), (y for y in ())
parenthesized_expr_not_tuple = (1)
starred_only = *(),
