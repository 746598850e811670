print("shop.models.order: init")
from . import item
from .. import util
import shop


class Order:
    def __init__(self, *items):
        self.items = list(items)

    def total(self):
        return util.money.fmt(sum(i.cents for i in self.items))

    def shop_ready(self):
        # `shop` is only partly initialised while this module runs.
        return hasattr(shop, "VERSION")
