# Comprehensions and generator expressions.
squares = [x * x for x in range(10)]
evens = {x for x in range(10) if x % 2 == 0}
mapping = {k: v for k, v in pairs}
gen = (x for x in data)
nested = [(x, y) for x in a for y in b]
filtered = [x for x in a if x if x > 1]
matrix = [[c for c in row] for row in grid]

def in_function(items):
    return [i + 1 for i in items]

def set_comp(items):
    return {i for i in items if i}

def dict_comp(items):
    return {i: str(i) for i in items}

def gen_exp(items):
    return sum(i for i in items)

def temp_var(items):
    return [y for x in items for y in [x * 2]]

def nested_gen(a, b):
    return [x + y for x in a if x for y in b if y]

def comp_with_walrus(data):
    return [y for x in data if (y := x * 2) > 3]

def comp_closure(n):
    return [lambda: i + n for i in range(n)]

async def async_comp(aiter):
    return [x async for x in aiter]

async def await_in_comp(items):
    return [await x for x in items]

def list_of_const_iter():
    return [x for x in [1, 2, 3]]

def dict_unpack(a, b):
    return {**a, 'x': 1, **b}
