# Freeing a million-node chain goes through a work list: no stack overflow.
class Node:
    def __init__(self, nxt):
        self.next = nxt


head = None
for i in range(300_000):
    head = Node(head)
del head
print("instances freed")
nested = None
for i in range(1_000_000):
    nested = [nested]
del nested
print("lists freed")
t = ()
for i in range(300_000):
    t = (t, i)
t = None
print("tuples freed")
