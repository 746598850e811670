# TypeError messages from operators on incompatible types, including unary and comparison operators.
def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except TypeError as e:
        print(label, "-> TypeError:", e)
class Thing:
    pass
t = Thing()
five = 5
def delete_item():
    del t[0]
show("int + str", lambda: 1 + "2")
show("str - str", lambda: "a" - "b")
show("list * list", lambda: [1] * [2])
show("str * float", lambda: "a" * 1.5)
show("dict + dict", lambda: {} + {})
show("set + set", lambda: {1} + {2})
show("None ** 2", lambda: None ** 2)
show("-str", lambda: -"s")
show("~float", lambda: ~1.5)
show("+list", lambda: +[1])
show("obj + 1", lambda: t + 1)
show("1 < obj", lambda: 1 < t)
show("obj >= obj", lambda: t >= t)
show("obj == obj", lambda: t == t)
show("int @ int", lambda: 1 @ 2)
show("tuple & tuple", lambda: (1,) & (2,))
show("bytes + str", lambda: b"a" + "b")
show("str % tuple wrong", lambda: "%d" % "x")
show("len(int)", lambda: len(1))
show("int[0]", lambda: five[0])
show("obj[0]", lambda: t[0])
show("del obj[0]", delete_item)
show("hash(dict)", lambda: hash({}))
show("in int", lambda: 1 in 5)
show("obj in obj", lambda: 1 in t)
show("float // complex", lambda: 1.0 // 1j)
show("list < tuple", lambda: [1] < (1,))
show("iter(int)", lambda: iter(5))
show("next(list)", lambda: next([1]))
show("sum of strs", lambda: sum(["a", "b"]))
