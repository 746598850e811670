# Displays: dicts, sets, lists, tuples with stars and constants.
d1 = {'a': 1, 'b': 2}
d2 = {'a': 1}
d3 = {x: y}
d4 = {**a}
d5 = {**a, **b}
d6 = {'a': 1, **b, 'c': 3}
d7 = {1: 'a', 2: 'b', 3: 'c', 4: 'd', 5: 'e', 6: 'f', 7: 'g', 8: 'h', 9: 'i',
      10: 'j', 11: 'k', 12: 'l', 13: 'm', 14: 'n', 15: 'o', 16: 'p', 17: 'q'}
s1 = {1, 2, 3}
s2 = {*a, 1}
s3 = {1, *a}
l1 = [1, 2, 3]
l2 = [*a, *b]
l3 = [1, *a, 2]
l4 = [1, 2]
t1 = (*a, 1)
t2 = (1, *a)
t3 = (a, *b, c)

def big_list():
    return [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a,
            a, a, a, a, a, a, a, a, a]

def mixed_keys(a):
    return {'x': a, a: 'x'}

def set_const():
    return {1, 2, 3, 'a'}

def list_const():
    return [1, 2, 3]

def tuple_of_list(a):
    return (a, [1, 2, 3])
