# Class bodies execute top to bottom; class scope is not visible inside methods or comprehensions.
print("before class")
class K:
    print("executing class body")
    a = 1
    b = a + 1
    items = [a, b]
    doubled = [i * 2 for i in items]
    try:
        bad = [a * i for i in range(3)]
    except NameError as e:
        print("NameError:", e)
    first = [a for _ in range(1)] if False else "skipped"
    def method(self):
        try:
            return a
        except NameError as e:
            return "NameError: " + str(e)
    def via_class(self):
        return K.a, self.b
    if a == 1:
        conditional = "yes"
    else:
        conditional = "no"
    for loop_var in range(3):
        pass
    del items
print("after class")
k = K()
print(K.b, K.doubled, K.first, k.method(), k.via_class(), K.conditional, K.loop_var)
print(hasattr(K, "items"), hasattr(K, "bad"))
a = "global a"
class K2:
    a = "class a"
    def m(self):
        return a
    lam = lambda self: a
print(K2().m(), K2().lam())
def factory(v):
    class Inner:
        val = v
        def get(self):
            return v
    return Inner
I = factory(7)
print(I.val, I().get(), I.__qualname__)
