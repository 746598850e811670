# Recursive generators over trees: preorder, inorder, postorder, breadth-first, paths.
class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.val
        yield from inorder(n.right)
def preorder(n):
    if n:
        yield n.val
        yield from preorder(n.left)
        yield from preorder(n.right)
def postorder(n):
    if n:
        yield from postorder(n.left)
        yield from postorder(n.right)
        yield n.val
def bfs(root):
    queue = [root]
    while queue:
        n = queue.pop(0)
        if n:
            yield n.val
            queue += [n.left, n.right]
def paths(n, prefix=()):
    if n is None:
        return
    here = prefix + (n.val,)
    if not n.left and not n.right:
        yield here
    yield from paths(n.left, here)
    yield from paths(n.right, here)
def insert(root, v):
    if root is None:
        return Node(v)
    if v < root.val:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, v)
print(list(inorder(root)))
print(list(preorder(root)))
print(list(postorder(root)))
print(list(bfs(root)))
print(list(paths(root)))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print([''.join(p) for p in permutations("abc")], sum(1 for _ in permutations(list(range(5)))))
def walk_dict(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk_dict(v, prefix + k + ".")
        else:
            yield prefix + k, v
print(list(walk_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": 4})))
