print("shop.util.money: init", __name__)


def fmt(cents):
    return f"${cents // 100}.{cents % 100:02d}"


if __name__ == "__main__":
    print("never printed on import")
