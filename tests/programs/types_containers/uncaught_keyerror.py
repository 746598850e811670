# Program ends with an uncaught KeyError raised from nested container access inside a function.
inventory = {"apples": {"count": 3, "price": 0.5}, "pears": {"count": 0, "price": 0.75}}


def total_value(inv, names):
    total = 0.0
    for name in names:
        item = inv[name]
        total += item["count"] * item["price"]
        print(f"{name}: running total {total:.2f}")
    return total


print(total_value(inventory, ["apples", "pears"]))
print(sorted(inventory), [v["count"] for v in inventory.values()])
print(total_value(inventory, ["apples", "plums", "pears"]))
print("never printed")
