# try/except/else/finally in every combination, with and without an exception raised.
def t1(r):
    try:
        print("try")
        if r: raise ValueError("v")
    except ValueError:
        print("except")
def t2(r):
    try:
        print("try")
        if r: raise ValueError("v")
    except ValueError:
        print("except")
    else:
        print("else")
def t3(r):
    try:
        print("try")
        if r: raise ValueError("v")
    finally:
        print("finally")
def t4(r):
    try:
        print("try")
        if r: raise ValueError("v")
    except ValueError:
        print("except")
    finally:
        print("finally")
def t5(r):
    try:
        print("try")
        if r: raise ValueError("v")
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
def t6(r):
    try:
        print("try")
        if r: raise ValueError("v")
    except TypeError:
        print("wrong except")
    else:
        print("else")
    finally:
        print("finally")
for fn in (t1, t2, t3, t4, t5, t6):
    for r in (False, True):
        print("--", fn.__name__, "raise" if r else "no raise")
        try:
            fn(r)
            print("returned normally")
        except ValueError as e:
            print("escaped:", repr(e))
