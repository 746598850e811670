# Deep nesting of blocks and brackets.
if True:
    if True:
        if True:
            if True:
                if True:
                    if True:
                        if True:
                            if True:
                                if True:
                                    if True:
                                        if True:
                                            if True:
                                                x = [[[[[[[[[[[[1]]]]]]]]]]]]
                                                y = ((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))
                                                z = {'k': {'j': {'j': {'j': {'j': {'j': {'j': 1}}}}}}}
w = --------------------1
v = not not not not not not not not not not not not not not not not not not not not True
u = 0 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39
t = (lambda: (lambda: (lambda: (lambda: (lambda: (lambda: 1))))))
s = 1 if 2 else 1 if 2 else 1 if 2 else 1 if 2 else 1 if 2 else 1 if 2 else 1 if 2 else 1 if 2 else 0
r = a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b if False else None
q = f()()()()()()()()()()()()()()() if False else None
p = [[[[x for x in range(2)]]]]
