# Raising and catching exceptions in loops, try/finally, custom exception classes.


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(404, "missing " + key)


def parse_int(s):
    try:
        return int(s)
    except ValueError:
        return -1


def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return len(str(e))
    finally:
        pass


def nested(n):
    count = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                if i % 3 == 1:
                    raise TypeError("t")
                count += 1
            except ValueError as e:
                count += e.args[0] % 5
                raise AppError(i % 7, "wrapped") from e
            finally:
                count += 1
        except AppError as e:
            count += e.code
        except TypeError:
            count += 2
    return count


def main():
    d = {"k" + str(i): i for i in range(100)}
    found = missing = codes = 0
    for i in range(N):
        try:
            found += lookup(d, "k" + str(i % 150))
        except AppError as e:
            missing += 1
            codes += e.code
    p = 0
    for i in range(N):
        p += parse_int("x" if i % 4 == 0 else "12")
    q = 0
    for i in range(N):
        q += divide(i, i % 5)
    r = nested(N)
    fin = 0
    for i in range(N):
        try:
            if i % 2:
                continue
            fin += 1
        finally:
            fin += 2
    print("exceptions", found, missing, codes, p, q, r, fin)


N = 900000
main()
