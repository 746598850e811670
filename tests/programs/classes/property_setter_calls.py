# Property setters run from attribute stores: values, validation errors,
# read-only properties, subclasses, and a class changed under a site.


class Account:
    def __init__(self, balance):
        self._balance = 0
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance {value}")
        self._balance = value

    @property
    def frozen(self):
        return True


class Savings(Account):
    pass


accounts = [Account(1), Savings(2), Account(3)]
for i in range(4):
    for a in accounts:
        a.balance = a.balance + i
print([a.balance for a in accounts])
for value in (5, -1, 7):
    try:
        accounts[0].balance = value
        print("set", accounts[0].balance)
    except ValueError as e:
        print("ValueError:", e)
try:
    accounts[1].frozen = False
except AttributeError as e:
    print("AttributeError:", e)


def store(obj, v):
    obj.balance = v


for i in range(3):
    store(accounts[2], i)
Account.balance = property(Account.balance.fget, lambda self, v: setattr(self, "_balance", v * 100))
store(accounts[2], 4)
print(accounts[2].balance)
del Account.balance
store(accounts[2], 9)
print(accounts[2].balance, accounts[2].__dict__)
