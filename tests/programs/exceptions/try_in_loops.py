# try/except inside loops with continue and break; retry loops; error counting.
values = ["1", "x", "3", "", "5"]
total = 0
errors = []
for v in values:
    try:
        n = int(v)
    except ValueError as e:
        errors.append(str(e))
        continue
    total += n
print(total, errors)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return f"succeeded on attempt {attempts}"
while True:
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    else:
        print(result)
        break
for i in range(5):
    try:
        if i == 3:
            raise StopIteration("manual stop")
        print("iteration", i)
    except StopIteration as e:
        print("breaking:", e)
        break
    finally:
        print("finally", i)
def first_valid(items):
    for item in items:
        try:
            return 100 // item
        except ZeroDivisionError:
            print("skip zero")
        except TypeError:
            print("skip", type(item).__name__)
    return None
print(first_valid([0, "a", None, 4, 5]), first_valid([0]))
i = 0
while i < 6:
    i += 1
    try:
        if i % 2 == 0:
            continue
        if i == 5:
            break
        print("odd", i)
    finally:
        print("always", i)
print("end", i)
