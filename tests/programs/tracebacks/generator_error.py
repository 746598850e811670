# Uncaught exception raised inside a generator while a for loop consumes it.
def numbers(limit):
    n = 0
    while True:
        if n > limit:
            raise OverflowError("counter passed the limit")
        yield n
        n += 1


def consume():
    for value in numbers(2):
        print("value", value)


consume()
