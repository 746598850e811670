# try/finally in generators: finally on normal exit, on return, return in finally, yield in finally.
def normal():
    try:
        yield "body"
    finally:
        print("finally on normal exhaustion")
print(list(normal()))
def early_return(flag):
    try:
        yield 1
        if flag:
            return "early"
        yield 2
    finally:
        print("finally, flag =", flag)
print(list(early_return(True)), list(early_return(False)))
def return_overrides():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "finally return wins"
g = return_overrides()
next(g)
try:
    next(g)
except StopIteration as s:
    print("StopIteration:", s.value)
def yield_in_finally():
    try:
        yield "try"
    finally:
        yield "finally yields"
print(list(yield_in_finally()))
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
        yield "between"
    finally:
        print("outer finally")
n = nested()
print(next(n), next(n))
n.close()
def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            print("cleanup", i)
print(list(loop_with_finally()))
