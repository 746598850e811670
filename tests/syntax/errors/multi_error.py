x = (1 2)
y = [3 4]
#---
def f(:
    pass
x = 'unterminated
#---
x = 1 +
y = 2 +
#---
if x
    pass
while y
    pass
#---
x = 'abc
y = "def
#---
print "a"
print "b"
#---
f() = 1
g() = 2
#---
x = 0777
y = 1abc
#---
x = 1abc
y = 0777
#---
x = $
y = (
#---
x = (
y = $
#---
def f():
    return 1
  x = 2
y = 'unterminated
#---
x = 'unterminated
def f():
    return 1
  x = 2
#---
x = (1 2)
return 3
#---
return 1
x = (1 2)
#---
def f(a, a): pass
def g(b, b): pass
#---
break
def f(a, a): pass
#---
def f(a, a): pass
break
#---
x = [1, 2
y = }
#---
y = }
x = [1, 2
#---
x = 1
	y = 2
    z = 3
#---
class C:
    def f(self)
        pass
    def g(self):
    pass
#---
import
from
#---
f(**a, *b)
f(a=1, b)
#---
f(a=1, b)
f(**a, *b)
#---
x = f'{}'
y = f'{'
#---
a = 1 € 2
b = 3 $ 4
#---
for x in y:
    pass
else:
pass
try:
    pass
#---
del f()
1 = x
#---
lambda x=1, y: 1
def f(x=1, y): pass
#---
x = [i for i in range(10) if i := 1]
y = 1 2
#---
x = """never closed
y = (1 2)
#---
y = (1 2)
x = """never closed
#---
match x:
    case a:
        pass
    case b:
        pass
def f(a, a): pass
#---
nonlocal x
x = 1 2
#---
x = 1 2
nonlocal x
#---
f(a=1, b)
x = 'unterminated
#---
f(a=1, b)
x = 1 € 2
#---
f(a=1, b)
if x:
    a
  b
#---
f(a=1, b)
x = 0777
#---
f(a=1, b)
x = (1,
#---
f(a=1, b)
x = )
#---
def f(a, a): pass
x = 'unterminated
#---
print "x"
y = """unterminated
#---
if x
    pass
x = 1abc
#---
x = 1abc
if x
    pass
#---
f(a=1, b)
x = (1]
#---
x = $
y = 1 2 \x
#---
f(a=1, b)
if x:
	pass
        pass
