# List, set, dict comprehensions and generator expressions.
data = range(10)
matrix = [[1, 2], [3, 4]]
squares = [x * x for x in data]
evens = [x for x in data if x % 2 == 0]
multi_if = [x for x in data if x > 1 if x < 8 if x != 5]
flat = [y for row in matrix for y in row]
flat_filtered = [y for row in matrix if row for y in row if y]
nested = [[y * 2 for y in row] for row in matrix]
tuples = [(x, y) for x in data for y in data if x < y]
unpacking = [a + b for a, b in matrix]
starred_target = [rest for first, *rest in matrix]
conditional = [x if x else -x for x in data]
set_comp = {x % 3 for x in data}
dict_comp = {x: x ** 2 for x in data}
dict_comp_unpack = {k: v for k, v in zip("abc", data)}
dict_comp_cond = {(k if k else 0): (v if v else 1) for k, v in enumerate(data)}
gen = (x for x in data)
gen_call = sum(x for x in data)
gen_call_kw = sorted((x for x in data), key=lambda v: -v)
gen_only_arg = max(x for x in data if x)
gen_in_gen = ((x, y) for x in data for y in (z for z in data))
lambda_in = [lambda: x for x in data]
lambda_iter = [x for x in (lambda: data)()]
walrus = [y for x in data if (y := x + 1)]
comp_in_cond = [x for x in data if [y for y in data if y == x]]
ternary_iter = [x for x in (data if data else [])]
tuple_iter = [x for x in (1, 2, 3)]
in_operator = [x for x in data if x in (1, 2) if x not in [3]]
not_in_iter = [x for x in data if not x]
await_free = {k: [v for v in range(k)] for k in range(3)}
slices = [row[::-1] for row in matrix]
nested_dict = {k: {v: k for v in data} for k in data}
comp_attr = [x.real for x in data]
yield_free = [print for print in data]
