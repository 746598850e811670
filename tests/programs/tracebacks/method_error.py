# Uncaught exception raised inside a method called from another method.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        print("withdrawing", amount, "from", self.owner)
        self.check(amount)
        self.balance -= amount

    def check(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds")


acct = Account("ann", 100)
acct.withdraw(30)
print("balance", acct.balance)
acct.withdraw(500)
