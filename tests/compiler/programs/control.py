# if / while / for / break / continue / else clauses.
def if_else(x):
    if x:
        return 1
    elif x > 10:
        return 2
    else:
        return 3

def if_no_else(x):
    if x:
        print(x)
    print('done')

def nested_if(a, b):
    if a:
        if b:
            return 1
        return 2
    return 3

def while_loop(n):
    i = 0
    while i < n:
        i += 1
    return i

def while_else(n):
    while n:
        n -= 1
        if n == 5:
            break
    else:
        return -1
    return n

def while_true():
    while True:
        x = get()
        if x:
            break
    return x

def for_loop(items):
    total = 0
    for item in items:
        total += item
    return total

def for_else(items):
    for item in items:
        if item:
            break
    else:
        return None
    return item

def for_continue(items):
    out = []
    for item in items:
        if item < 0:
            continue
        out.append(item)
    return out

def nested_loops(grid):
    for row in grid:
        for cell in row:
            if cell:
                break
        else:
            continue
        break

def and_or(a, b, c):
    if a and b or c:
        return 1
    if a or b and c:
        return 2
    if not (a and b):
        return 3
    return 4

def chained_compare(x):
    if 0 < x < 10:
        return 'small'
    if 10 <= x <= 100 < x * 2:
        return 'medium'
    return 'large'

def while_compare(x):
    while 0 < x < 10:
        x += 1
    return x

def ternary_in_if(a, b):
    if (a if b else a + 1):
        return a
    return b

def empty_loops(n):
    for _ in range(n):
        pass
    while n:
        n -= 1

def assert_stmt(x):
    assert x
    assert x > 0, 'positive'
    assert (x, 'always')
    return x
