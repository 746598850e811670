# An uncaught ValueError a few frames deep ends the program with status 1 after partial output.
def parse(items):
    out = []
    for item in items:
        print("parsing", item)
        out.append(convert(item))
    return out
def convert(item):
    return int(item) * 2
print(parse(["1", "2"]))
print(parse(["3", "four", "5"]))
print("never printed")
