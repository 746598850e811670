x = 1 € 2
#---
x€ = 1
#---
€ = 1
#---
x = 1
y = 2 § 3
#---
x = “hello”
#---
x = ‘a’
#---
print(´a´)
#---
x = a − b
#---
x = a × b
#---
x = a ÷ b
#---
x = (1， 2)
#---
x = （1)
#---
if x：
    pass
#---
x = 1 + 2
#---
x = 1
#---
x = 1 +​2
#---
​x = 1
#---
x =  
#---
x = 1  2
#---
x = 1  2
#---
x = 1  2
#---
x = ﻿1
#---
x = 1 　 2
#---
x = 😀
#---
🐍 = 'snake'
#---
x = ①
#---
x① = 1
#---
² = 1
#---
x = 1²
#---
àb = 1
c = 1 2
#---
̀x = 1
#---
x = a ⋅ b
#---
x = 'ok' ; y = ‘bad’
#---
def f():
    return x → y
#---
x = 1 ? 2
#---
x = 1 $
#---
x = a ! b
#---
x = 1\ 
#---
x = 1 \x
#---
x = (1 + \ # comment
  2)
#---
x = 1 + \
#---
x = 1 + \

#---
\
#---
x = 1 \
y = 2
#---
x = 1 \\
#---
x = \ 1
#---
x = [1,
     2,
#---
def f(
#---
class C(
    A,
#---
@dec
#---
try:
    pass
#---
class C:
    def f(self):
        pass
    @property
#---
with a:
    pass
with b:
#---
x = [i for i in
#---
x = 0; x?
#---
# comment only, then an invalid char
¿
#---
#! shebang line is a comment
€
#---
x = 1 # comment with € is fine
y = €
#---
'''€ is fine in a string''' + €
