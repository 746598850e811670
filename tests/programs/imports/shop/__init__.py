"""A package with subpackages, relative imports and a circular import."""
print("shop: init start", __name__, __package__)
from .models import Item
from . import util
VERSION = "1.0"
print("shop: init end")
