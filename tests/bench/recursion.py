# Recursive function calls: naive fib plus Ackermann-style and tree recursion.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tree_sum(depth):
    if depth == 0:
        return 1
    return 1 + tree_sum(depth - 1) + tree_sum(depth - 1)


def hanoi(n, src, dst, tmp):
    if n == 0:
        return 0
    return hanoi(n - 1, src, tmp, dst) + 1 + hanoi(n - 1, tmp, dst, src)


def main():
    total = fib(FIB_N)
    for _ in range(ACK_REPS):
        total += ack(2, 150)
    total += tree_sum(TREE_DEPTH)
    total += hanoi(HANOI_N, 1, 3, 2)
    print("recursion", total)


FIB_N = 33
ACK_REPS = 40
TREE_DEPTH = 21
HANOI_N = 21
main()
