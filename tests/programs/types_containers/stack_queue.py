# Lists as stacks and queues: push/pop, pop(0)/insert(0), a bracket matcher, and a BFS over a grid.
stack = []
for ch in "abc":
    stack.append(ch)
print(stack, stack.pop(), stack[-1], len(stack))
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 0)
print(queue)


def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for i, c in enumerate(s):
        if c in "([{":
            st.append((c, i))
        elif c in pairs:
            if not st or st[-1][0] != pairs[c]:
                return f"mismatch at {i}"
            st.pop()
    return "ok" if not st else f"unclosed {st[-1][0]} at {st[-1][1]}"


for s in ["([]{})", "([)]", "((", "", "}{", "a(b[c]{d}e)f"]:
    print(repr(s), balanced(s))
grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
start = end = None
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "S":
            start = (r, c)
        elif ch == "E":
            end = (r, c)
dist = {start: 0}
q = [start]
while q:
    r, c = q.pop(0)
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print(start, end, dist.get(end), len(dist))


def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.append(int(tok))
    return st.pop()


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * 5 - /"))
try:
    rpn("1 +")
except IndexError as e:
    print(type(e).__name__, e)
