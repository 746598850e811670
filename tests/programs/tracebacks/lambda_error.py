# Uncaught TypeError raised inside a lambda called through a helper function.
def apply_all(fn, items):
    for item in items:
        print("applying to", item)
        fn(item)


get_length = lambda value: (
    len(value)
)
apply_all(get_length, ["ab", [1, 2, 3], 7])
