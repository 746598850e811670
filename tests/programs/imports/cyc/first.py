from cyc.second import two
def one(): return 1
