from cyc.first import one
def two(): return 2
