# `from m import *` honours __all__, else skips names starting with "_".
from starmod.with_all import *
from starmod.without_all import *
names = sorted(n for n in dir() if not n.startswith("__"))
print(names)
print(shown, _private_but_listed, public, helper())
from starmod import *
print("with_all" in dir(), "without_all" in dir())
