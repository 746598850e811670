# Uncaught ZeroDivisionError inside a call argument: CPython 3.11's ~^~ anchors under the operator.
def ratio(total, count):
    return print("ratio", (total + 1) // count)


values = [3, 4]
print("start", values[0] * 2)
ratio(values[1], 0)
