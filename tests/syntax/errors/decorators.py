@
def f(): pass
#---
@dec
#---
@dec
x = 1
#---
@dec
class
#---
@dec
@
def f(): pass
#---
@dec def f(): pass
#---
@dec()
async f(): pass
#---
@dec
async with x:
    pass
#---
@dec
for x in y: pass
#---
@dec
if x: pass
#---
@1 +
def f(): pass
#---
@x = 1
def f(): pass
#---
# valid: decorators are any named expression
@x := 1
def f(): pass
#---
@a b
def f(): pass
#---
@(a
def f(): pass
#---
@dec)
def f(): pass
#---
@*a
def f(): pass
#---
@**a
def f(): pass
#---
@yield
def f(): pass
x = 1 2
#---
@lambda: 1
def f(): pass
x = 1 2
#---
@a, b
def f(): pass
#---
@dec
lambda: 1
#---
@dec

def f(): pass
x = 1 2
#---
@dec
    def f(): pass
#---
  @dec
def f(): pass
#---
@dec
# comment
def f(): pass
y = 1 2
#---
class C:
    @dec
    x = 1
#---
class C:
    @property
#---
@dec;
def f(): pass
#---
@dec; def f(): pass
#---
@dec[0]
def f(): pass
@dec.x(1)[2](3)
class C: pass
x = 1 2
#---
@
#---
@@dec
def f(): pass
#---
@dec(
def f(): pass
