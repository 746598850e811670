print("shop.util: init")
from . import money
