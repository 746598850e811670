# __del__ runs when the reference is dropped, before the next statement
# reads anything (here: rebinding, then reading a class attribute).
class Twice:
    runs = 0

    def __del__(self):
        Twice.runs += 1


t = Twice()
t = None
print("runs", Twice.runs)


def local():
    x = Twice()
    x = 1
    return Twice.runs


print("runs", local())
holder = [Twice()]
holder[0] = None
print("runs", Twice.runs)
box = {"k": Twice()}
del box["k"]
print("runs", Twice.runs)


class Owner:
    pass


o = Owner()
o.attr = Twice()
o.attr = 0
print("runs", Twice.runs)
