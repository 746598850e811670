# Packages, subpackages, relative imports, `import a.b as c`, `from a import b`,
# module attributes and sys.modules.
import sys
import shop
import shop.models.order as order_mod
from shop.models import Item, Order
from shop.util.money import fmt

o = Order(Item("pen", 150), Item("book", 1299))
print(o.items, o.total(), o.shop_ready())
print(order_mod is sys.modules["shop.models.order"], order_mod.Order is Order)
print(sorted(k for k in sys.modules if k.startswith("shop")))
print(shop.__name__, shop.__package__, shop.models.__package__, shop.util.money.__package__)
print(shop.__file__.replace("\\", "/").endswith("shop/__init__.py"))
print(shop.util.money.__file__.replace("\\", "/").endswith("shop/util/money.py"))
print([p.replace("\\", "/").endswith("shop/models") for p in shop.models.__path__])
print(hasattr(shop.util.money, "__path__"), shop.__spec__.name, shop.util.money.__spec__.parent)
print(shop.VERSION, fmt(5))
import shop.util.money
import shop.util.money
print(shop.util.money.fmt(100001))
print(__name__, __package__ if "__package__" in dir() else "-")
