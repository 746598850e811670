  x = 1
#---
x = 1
    y = 2
#---
def f():
    x = 1
        y = 2
#---
if x:
    pass
  pass
#---
if x:
        a = 1
    b = 2
#---
class C:
    def f(self):
        pass
   def g(self):
        pass
#---
for x in y:
    if x:
        pass
      else:
        pass
#---
x = 1
	y = 2
#---
if x:
pass
#---
if x:
    pass
elif y:
pass
#---
if x:
    pass
else:
pass
#---
while x:
pass
#---
while x:
    pass
else:
pass
#---
for x in y:
pass
#---
for x in y:
    pass
else:
pass
#---
async def f():
    async for x in y:
    pass
#---
def f():
return 1
#---
async def f():
return 1
#---
class C:
pass
#---
@dec
def f():
pass
#---
try:
pass
except:
    pass
#---
try:
    pass
except:
pass
#---
try:
    pass
except ValueError:
pass
#---
try:
    pass
except ValueError as e:
pass
#---
try:
    pass
except* ValueError:
pass
#---
try:
    pass
finally:
pass
#---
try:
    pass
except:
    pass
else:
pass
#---
with a:
pass
#---
with a as b, c as d:
pass
#---
with (a as b, c as d):
pass
#---
async def f():
    async with a:
    pass
#---
match x:
case 1:
    pass
#---
match x:
    case 1:
    pass
#---
match x:
    case 1 if y:
    pass
#---
def f():
#---
class C:
#---
if x:
#---
if x:
# only a comment
#---
for x in y:


#---
while True:
    pass
else:
#---
def f():
    if x:
    return 1
#---
def f(
    a,
    b,
):
return a
#---
def f() -> int:
return 1
#---
if x: pass
else:
pass
#---
lambda: (
    1)
if x:
y = 1
#---
if x:
        a = 1
    b = 2
#---
def f():
    if x:
        pass
  return 1
#---
class C:
    def f(self):
        pass
  x = 1
#---
if x:
    if y:
        pass
   z = 1
#---
for i in r:
  a = 1
 b = 2
#---
if x:
	pass
  pass
#---
if x:
	pass
        pass
#---
if x:
        pass
	pass
#---
if x:
    	pass
	    pass
#---
if x:
	    a = 1
    	b = 2
#---
def f():
	if x:
		pass
	        pass
#---
if x:
  	pass
	  pass
#---
class C:
	def f(self):
		return 1
        def g(self):
		return 2
#---
if True:
		x = 1
	        y = 2
#---
if x:
    pass
  y = 1
#---
x = 1
  y = 2
#---
# valid: a form feed resets the column count
if x:
    pass
#---
# valid: continuation lines ignore indentation
x = [
1,
        2,
  3]
if x:
    y = (1 +
2)
#---
# valid: backslash continuation line is not indented
if x:
    y = 1 + \
2
#---
# valid: comments and blank lines are not indented lines
if x:
    pass
# dedented comment
        # over-indented comment
    pass
#---
# valid: tab equals up to 8 columns in both views
if x:
	pass
	pass
#---
if x:
    if y:
        pass
      
  z
#---
def f():
    pass
  	x = 1
#---
if x:
    if x:
        if x:
            if x:
                if x:
                    if x:
                        if x:
                            if x:
                                if x:
                                    if x:
                                        if x:
                                            if x:
                                                if x:
                                                    if x:
                                                        if x:
                                                            if x:
                                                                if x:
                                                                    if x:
                                                                        if x:
                                                                            if x:
                                                                                if x:
                                                                                    if x:
                                                                                        if x:
                                                                                            if x:
                                                                                                if x:
                                                                                                    if x:
                                                                                                        if x:
                                                                                                            if x:
                                                                                                                if x:
                                                                                                                    if x:
                                                                                                                        if x:
                                                                                                                            if x:
                                                                                                                                if x:
                                                                                                                                    if x:
                                                                                                                                        if x:
                                                                                                                                            if x:
                                                                                                                                                if x:
                                                                                                                                                    if x:
                                                                                                                                                        if x:
                                                                                                                                                            if x:
                                                                                                                                                                if x:
                                                                                                                                                                    if x:
                                                                                                                                                                        if x:
                                                                                                                                                                            if x:
                                                                                                                                                                                if x:
                                                                                                                                                                                    if x:
                                                                                                                                                                                        if x:
                                                                                                                                                                                            if x:
                                                                                                                                                                                                if x:
                                                                                                                                                                                                    if x:
                                                                                                                                                                                                        if x:
                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                                                                                    if x:
                                                                                                                                                                                                                                                                                                                                                                                                        if x:
                                                                                                                                                                                                                                                                                                                                                                                                            if x:
                                                                                                                                                                                                                                                                                                                                                                                                                if x:
                                                                                                                                                                                                                                                                                                                                                                                                                    pass
#---
x = 1 + \
    2
    y = 3
#---
# valid: a backslash-continued line's indentation is ignored
if x:
    pass
    \
  y = 1
#---
def f():
    x = 1

        
    y = 2
      z = 3
#---
def f():
    return [
1]
  x = 2
#---
if a:
    b
   c
#---
if a:
  b
 c
#---
   # comment
  x = 1
#---


  x
