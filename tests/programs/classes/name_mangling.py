# Private name mangling of __x attributes and methods, and how it interacts with subclasses.
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "p"
        self.__dunder__ = "not mangled"

    def __secret(self):
        return "secret"

    def reveal(self):
        return self.__secret(), self.__balance


acct = Account(100)
print(acct.reveal())
print(sorted(vars(acct)))
print(acct._Account__balance)
try:
    acct.__balance
except AttributeError as e:
    print(type(e).__name__, e)
try:
    acct.__secret()
except AttributeError as e:
    print(type(e).__name__, e)
print(acct._Account__secret())


class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "savings own"

    def both(self):
        return self.__balance, self._Account__balance


s = Savings(5)
print(s.both())
print(sorted(vars(s)))


class _Under:
    def __init__(self):
        self.__x = 1


print(sorted(vars(_Under())))


class __Dunder:
    def __init__(self):
        self.__x = 2


print(sorted(vars(__Dunder())))


class M:
    __cls_attr = "class private"

    def get(self):
        return M.__cls_attr, getattr(self, "__cls_attr", "getattr does not mangle")

    @classmethod
    def names(cls):
        return sorted(k for k in cls.__dict__ if "cls_attr" in k)


print(M().get())
print(M.names())


class N:
    def f(self):
        __local = 5
        return [__local for _ in range(1)], locals().keys() & {"_N__local", "__local"}


print(N().f())
