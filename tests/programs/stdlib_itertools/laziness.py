# When itertools objects read their inputs, call functions, and stop;
# re-entrancy and cycles through the collector.
import itertools as it
import gc

log = []
def source(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i

z = it.zip_longest(source('a', 2), source('b', 3))
print(next(z), log)
print(list(z), log)
log.clear()
ch = it.chain(source('x', 2), source('y', 1))
print(log, next(ch), log, list(ch), log)
log.clear()
isl = it.islice(source('s', 10), 2, 6, 2)
print(list(isl), log)
log.clear()
pw = it.pairwise(source('p', 3))
print(next(pw), log)
log.clear()
acc = it.accumulate(source('c', 3), lambda a, b: log.append('f') or a + b)
print(list(acc), log)
log.clear()
gb = it.groupby(source('g', 4), key=lambda v: log.append('k') or v // 2)
for k, g in gb:
    log.append(('group', k))
print(log)

# A tee whose source reads the tee itself.
def reentrant():
    yield 1
    yield next(t)
t, u = it.tee(reentrant())
print(next(t))
try:
    next(t)
except RuntimeError as e:
    print('RuntimeError', e)

# Cycles through iterators are collected.
class Holder:
    pass
h = Holder()
h.it = it.cycle([h])
h2 = Holder()
h2.c = it.chain([h2])
h3 = Holder()
h3.t = it.tee([h3])
h4 = Holder()
h4.g = it.groupby([h4, h4])
del h, h2, h3, h4
print(gc.collect() > 0)

# Generators closed early inside itertools.
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('closed')
c = it.islice(closing(), 1)
print(list(c))
del c
gc.collect()
print(list(it.takewhile(lambda x: x < 2, closing())))
print(sum(it.starmap(lambda a, b: a * b, zip(range(1000), range(1000)))))
print(sum(1 for _ in it.combinations(range(12), 5)), sum(1 for _ in it.permutations(range(7))))
