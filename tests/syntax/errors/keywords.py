if = 1
#---
class = 1
#---
def = 1
#---
x.if = 1
#---
x = a.class
#---
import = 1
#---
for = 1
#---
while = 1
#---
return x = 1
#---
in = 1
#---
is = 1
#---
not = 1
#---
and = 1
#---
or = 1
#---
lambda = 1
#---
try = 1
#---
except = 1
#---
finally = 1
#---
with = 1
#---
as = 1
#---
from = 1
#---
global = 1
#---
nonlocal = 1
#---
del = 1
#---
pass()
#---
yield = 1
#---
raise = 1
#---
assert = 1
#---
elif = 1
#---
else = 1
#---
async = 1
#---
await = 1
#---
None.x = 1
x = 1 2
#---
True()
x = 1 2
#---
x = True False
#---
x = None None
#---
def f(x, True): pass
#---
print(True=1)
#---
import if
#---
from if import x
#---
x = [if for x in y]
#---
def f(*, class): pass
#---
x = {class: 1}
#---
x = lambda if: 1
#---
for if in y: pass
#---
with a as if: pass
#---
except ValueError:
    pass
#---
finally:
    pass
#---
else if x:
    pass
#---
if x:
    pass
else if y:
    pass
#---
if x:
    pass
elseif y:
    pass
#---
if x then y
#---
if x:
    pass
elif:
    pass
#---
function f() {}
#---
func main() {
}
#---
var x = 1;
#---
let x = 5
#---
x = null
y = true && false
#---
while (x) { x-- }
#---
for (i = 0; i < 10; i++):
    pass
#---
do:
    pass
while x
#---
switch x:
    case 1:
        pass
#---
try:
    pass
catch e:
    pass
#---
throw Error()
#---
unless x:
    pass
#---
x = a ? b
#---
# valid: soft keywords and builtins that look like keywords
match = case = _ = print = exec = type = 1
async_ = await_ = 2
True_ = None_ = False_ = 3
#---
# valid: keyword-like attribute names that are not keywords
x.match = x.case = x._ = x.print = x.exec = 1
x.match(1).case[2]._ = 3
#---
# valid: `print` as a name
print
print()
print(print)
print, print
print = 1
print.x = 2
#---
# valid: `type` soft-keyword of later versions is a plain name in 3.11
type = 1
type(x)
#---
type X = int
#---
type X[T] = list[T]
