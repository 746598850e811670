if x
    pass
#---
if x:
    pass
elif y
    pass
#---
if x:
    pass
else
    pass
#---
if x:
    pass
else x:
    pass
#---
if:
    pass
#---
if x = 1:
    pass
#---
if x.y = 1:
    pass
#---
if f() = 1:
    pass
#---
if x == 1 and y = 2:
    pass
#---
elif x:
    pass
#---
else:
    pass
#---
if x:
    pass
else:
    pass
elif y:
    pass
#---
if x:
    pass
else:
    pass
else:
    pass
#---
if x: pass; elif y: pass
#---
if x: if y: pass
#---
if x: for y in z: pass
#---
if x: pass
  else: pass
#---
while x
    pass
#---
while x = 1:
    pass
#---
while:
    pass
#---
while True: pass
else
    pass
#---
for x in y
    pass
#---
for x y:
    pass
#---
for x in:
    pass
#---
for in y:
    pass
#---
for x, in y:
    pass
z = 1 2
#---
for 1 in y:
    pass
#---
for f() in y:
    pass
#---
for x + 1 in y:
    pass
#---
for (a, b()) in y:
    pass
#---
for x in y, z
    pass
#---
for x in *y:
    pass
#---
for x = 1 to 10:
    pass
#---
for i in range(10): print(i) else: pass
#---
for x in y:
    pass
else x:
    pass
#---
try
    pass
except:
    pass
#---
try:
    pass
#---
try:
    pass
x = 1
#---
try:
    pass
else:
    pass
#---
try:
    pass
except
    pass
#---
try:
    pass
except ValueError
    pass
#---
try:
    pass
except ValueError as e
    pass
#---
try:
    pass
except ValueError, TypeError:
    pass
#---
try:
    pass
except ValueError, TypeError as e:
    pass
#---
try:
    pass
except ValueError as e.x:
    pass
#---
try:
    pass
except ValueError as (a, b):
    pass
#---
try:
    pass
except ValueError as 1:
    pass
#---
try:
    pass
except ValueError as f():
    pass
#---
try:
    pass
finally
    pass
#---
try:
    pass
finally:
    pass
except:
    pass
#---
try:
    pass
finally:
    pass
else:
    pass
#---
try:
    pass
except:
    pass
else:
    pass
else:
    pass
#---
try:
    pass
except:
    pass
except ValueError:
    pass
#---
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
#---
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
#---
try:
    pass
except*:
    pass
#---
try:
    pass
except *
    pass
#---
try:
    pass
except* ValueError
    pass
#---
try:
    pass
except* (ValueError, TypeError) as e
    pass
#---
try:
    pass
except* ValueError, TypeError as e:
    pass
#---
try:
    pass
except* ValueError:
    break
#---
def f():
    try:
        pass
    except* ValueError:
        return 1
#---
for x in y:
    try:
        pass
    except* ValueError:
        continue
#---
with a
    pass
#---
with a as b
    pass
#---
with:
    pass
#---
with a as 1:
    pass
#---
with a as f():
    pass
#---
with a as b + 1:
    pass
#---
with a as b, c as d
    pass
#---
with (a as b, c as d)
    pass
#---
with (a as b, c as d,)
    pass
#---
with a as (b, 1):
    pass
#---
with (a as b) as c:
    pass
#---
with a, as b:
    pass
#---
with (a,) as (b, c(),):
    pass
#---
return
#---
return 1
#---
class C:
    return 1
#---
def f():
    class C:
        return 1
#---
yield 1
#---
class C:
    yield 1
#---
x = yield
#---
[(yield x) for x in y]
#---
def f():
    return [(yield x) for x in y]
#---
def f():
    return {(yield k): v for k, v in y}
#---
def f():
    return ((yield x) for x in y)
#---
await x
#---
def f():
    await x
#---
def f():
    x = [await y for y in z]
#---
async def f():
    yield from x
#---
async def f():
    return (yield from x)
#---
break
#---
continue
#---
def f():
    break
#---
def f():
    continue
#---
for x in y:
    def g():
        break
#---
while x:
    class C:
        continue
#---
if x:
    break
#---
for x in y:
    pass
else:
    break
#---
while True:
    try:
        pass
    finally:
        continue
x = 1 2
#---
global
#---
global x y
#---
global x,
#---
global 1
#---
global x.y
#---
nonlocal
#---
def f():
    nonlocal x,
#---
del
#---
del 1
#---
del f()
#---
del a + b
#---
del (a, 1)
#---
del [a, f()]
#---
del *a
#---
del (*a,)
#---
del a, *b
#---
del a if b else c
#---
del (yield x)
#---
del x := 1
#---
del None
#---
del "s"
#---
del a.b()
#---
del lambda: 1
#---
del (a for a in b)
#---
del [a for a in b]
#---
del {a}
#---
del {a: b}
#---
del a = 1
#---
del await x
#---
del not x
#---
del -x
#---
del a < b
#---
assert
#---
assert x,
#---
assert x, y, z
#---
assert x = 1
#---
assert (x, 1) = 2
#---
assert x, y = 1
#---
raise x from
#---
raise from x
#---
raise x, y
#---
raise x, y, z
#---
raise x from y from z
#---
pass x
#---
pass 1
#---
pass = 1
#---
break = 1
#---
continue()
#---
return = 1
#---
x = 1; ; y = 2
#---
;
#---
x = 1;;
#---
; x = 1
#---
if x: pass;; pass
#---
x = 1 y = 2
#---
x = 1, y = 2
#---
a b
#---
a b c
#---
a 1
#---
a.b c.d
#---
foo bar baz
