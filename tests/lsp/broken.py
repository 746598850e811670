def total(values):
    return sum(values) + 1

print(total([1, 2, 3])
