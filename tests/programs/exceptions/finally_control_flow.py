# return/break/continue inside finally override pending exceptions and return values.
def return_in_finally():
    try:
        raise ValueError("discarded")
    finally:
        return "finally wins over exception"
print(return_in_finally())
def return_overrides_return():
    try:
        return "try value"
    finally:
        return "finally value"
print(return_overrides_return())
def finally_sees_return():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sets x =", x)
print(finally_sees_return())
def mutate_returned():
    lst = []
    try:
        return lst
    finally:
        lst.append("added in finally")
print(mutate_returned())
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
        print("body", i)
    finally:
        print("finally", i)
        if i == 1:
            break
print("loop exited via break in finally, i =", i)
results = []
for i in range(4):
    try:
        if i % 2:
            raise RuntimeError("odd")
        results.append(i)
    finally:
        continue
print("continue in finally swallowed errors:", results)
def nested_finally():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
            continue
        finally:
            print("cleanup iteration", n)
print(while_finally())
def break_in_try():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally before break", i)
    return i
print(break_in_try())
