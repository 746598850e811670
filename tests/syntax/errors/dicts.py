x = {1: }
#---
x = {1:, 2: 3}
#---
x = {1: 2, 3: }
#---
x = {1: 2, 3}
#---
x = {a: b, c}
#---
x = {a, b: c}
#---
x = {1: 2, **a: 3}
#---
x = {*a: b}
#---
x = {a: *b}
#---
x = {a: **b}
#---
x = {**a: b, c: d}
#---
x = {: 1}
#---
x = {1: 2: 3}
#---
x = {1 : 2, , 3: 4}
#---
x = {1: 2 3: 4}
#---
x = {1: 2,
     3: 4
     5: 6}
#---
x = {'a': 1, 'b' 2}
#---
x = {'a' 1}
#---
x = {1: 2 for}
#---
x = {a: b for a, b in c, d}
#---
x = {a: (b := 1) for a in c}
y = {a: b := 1 for a in c}
#---
x = {(a := 1): b}
y = {a := 1: b}
#---
# valid: a lambda is a valid dict key
x = {lambda: 1: 2}
#---
x = {a: lambda: 1, b}
#---
x = {1: 2}[3: 4]
y = 1 2
#---
x = {**a, **}
#---
x = {***a}
#---
x = {a:b:c}
#---
x = {a = 1}
#---
x = {a=1, b=2}
#---
x = {'a': 1, 'b': 2,,}
#---
x = {1: yield}
#---
x = {1: 2 if 3}
#---
x = {1: 2 if 3 else}
#---
x = {x: y for x in y if}
#---
x = {**a for a in b}
#---
x = {a: b, **c for c in d}
#---
x = {a, *b for b in c}
#---
x = {}
x{1} = 2
#---
x = dict{a: 1}
#---
# valid: tricky but legal displays
x = {**a, 'k': 1, **b}
y = {*a, *b, c}
z = {a: b for a, b in c if a if b}
w = {(a := 1): b, c: (d := 2)}
v = {1: 2,}
u = {lambda: 1: lambda: 2}
t = {a if b else c: d if e else f}
s = {**{}}
