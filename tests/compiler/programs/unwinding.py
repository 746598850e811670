# return / break / continue through finally, with and except handlers.
def return_through_with(cm):
    with cm:
        return 1

def return_through_nested(cm, items):
    for i in items:
        with cm:
            try:
                return i
            finally:
                print('f')

def break_through_finally(items):
    for i in items:
        try:
            break
        finally:
            print(i)

def continue_through_with(cm, items):
    for i in items:
        with cm:
            continue

def return_in_handler():
    try:
        work()
    except ValueError as e:
        return e
    except TypeError:
        return None

def break_in_handler(items):
    for i in items:
        try:
            work(i)
        except Exception as e:
            break
        else:
            continue

def nested_finally():
    try:
        try:
            return 1
        finally:
            a()
    finally:
        b()

def return_value_through_finally(x):
    try:
        return x + 1
    finally:
        x = None

async def async_return_through_with(cm):
    async with cm as c:
        return c

def finally_with_loop(items):
    try:
        for i in items:
            if i:
                return i
    finally:
        done()

def while_in_try(n):
    try:
        while n:
            n -= 1
            if n == 3:
                continue
            if n == 2:
                break
    except Exception:
        pass
    return n

def try_star_finally():
    try:
        risky()
    except* ValueError:
        handle()
    finally:
        cleanup()

def try_star_else():
    try:
        risky()
    except* (TypeError, KeyError) as eg:
        handle(eg)
    else:
        ok()
