# Uncaught error at the bottom of a recursion; repeated frames are collapsed in the traceback.
def countdown(n):
    if n == 0:
        raise IndexError("reached zero")
    countdown(n - 1)


print("starting countdown")
countdown(6)
