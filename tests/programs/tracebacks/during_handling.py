# Uncaught exception raised while handling another: "During handling of the above exception".
def require(table, key):
    if key not in table:
        raise KeyError(key)


def lookup(table, key):
    try:
        require(table, key)
    except KeyError:
        raise LookupError(f"no entry for {key}")
    return table[key]


table = {"a": 1}
print(lookup(table, "a"))
lookup(table, "b")
