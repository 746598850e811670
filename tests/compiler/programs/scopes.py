# global / nonlocal / class scopes.
counter = 0

def inc():
    global counter
    counter += 1

def read_global():
    return counter

def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add

class Scoped:
    attr = counter
    other = [attr for _ in range(3)]

    def method(self):
        return attr

def shadow(counter):
    return counter

def del_global():
    global counter
    del counter

def declared_global_def():
    global helper
    def helper():
        return 1
    return helper

class GlobalInClass:
    global gx
    gx = 1
    def m(self):
        return gx
