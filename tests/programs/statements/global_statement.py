# global declarations: rebinding module names from functions, creating new globals.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
print(inc(), inc(), counter)
def make_new():
    global fresh
    fresh = "created in function"
make_new()
print(fresh)
x = "module"
def shadow():
    x = "local"
    return x
def read_global():
    return x
print(shadow(), read_global(), x)
def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
        return x
    r = inner()
    return r, x
print(outer(), x)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
def conditional(flag):
    global g
    if flag:
        g = "set"
conditional(False)
print("g" in globals())
conditional(True)
print(g)
def delete_global():
    global g
    del g
delete_global()
print("g" in globals())
items = []
def append_only():
    items.append(len(items))
append_only(); append_only()
print(items)
def bad():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bad()
