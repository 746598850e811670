# Uncaught KeyError from a subscript inside an expression: ~~~^^^^^^^ anchors under the brackets.
def lookup(table, key):
    return table[key] + 1


settings = {"depth": 3}
print(lookup(settings, "depth"))
total = lookup(settings, "width") * 2
