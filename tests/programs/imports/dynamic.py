# importlib.import_module, __import__ with fromlist, sys.modules edits.
import importlib
import sys
m = importlib.import_module("shop.util.money")
print(m.__name__, m.fmt(250))
r = importlib.import_module(".models.item", "shop")
print(r.__name__)
top = __import__("shop.models.order")
print(top.__name__)
sub = __import__("shop.models", fromlist=["order"])
print(sub.__name__, hasattr(sub, "order"))
try:
    importlib.import_module(".x")
except TypeError as e:
    print(e)
saved = sys.modules.pop("shop.util.money")
again = importlib.import_module("shop.util.money")
print(again is saved, again.fmt(7))
fake = type(sys)("fake_module")
fake.answer = 42
sys.modules["fake_module"] = fake
import fake_module
from fake_module import answer
print(fake_module is fake, answer, fake_module)
print(sys.modules["sys"], type(sys).__name__)
