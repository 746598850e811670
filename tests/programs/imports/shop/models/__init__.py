print("shop.models: init", __package__)
from .item import Item
from .order import Order
__all__ = ["Item", "Order"]
