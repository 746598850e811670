print("shop.models.item: init")
from ..util.money import fmt


class Item:
    def __init__(self, name, cents):
        self.name = name
        self.cents = cents

    def __repr__(self):
        return f"Item({self.name!r}, {fmt(self.cents)})"
