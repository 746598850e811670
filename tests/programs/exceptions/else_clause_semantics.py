# The else clause of try runs only without exceptions and is not protected by the except clauses.
def risky(flag):
    if flag:
        raise ValueError("from try body")
    return "body ok"
def scenario(flag, else_raises):
    try:
        r = risky(flag)
    except ValueError as e:
        print("  except:", e)
    else:
        print("  else:", r)
        if else_raises:
            raise ValueError("from else")
    finally:
        print("  finally")
for flag in (False, True):
    for else_raises in (False, True):
        print("flag", flag, "else_raises", else_raises)
        try:
            scenario(flag, else_raises)
        except ValueError as e:
            print("  escaped:", e)
def else_with_return():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return f"else returns {x}"
    finally:
        print("finally before else return completes")
print(else_with_return())
def return_in_try_skips_else():
    try:
        return "returned from try"
    except Exception:
        pass
    else:
        print("else never runs when try returns")
print(return_in_try_skips_else())
for i in range(3):
    try:
        if i == 1:
            continue
    except Exception:
        pass
    else:
        print("else runs for", i)
