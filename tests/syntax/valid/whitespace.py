# Whitespace oddities: trailing spaces, whitespace-only lines, odd indents.
x = 1   
y = 2	
   
	
if x:   
   a = 1
        
   b = 2


   # comment at a different indent
   c = 3
if y:
 one_space = 1
 if one_space:
           eleven = 1
           
 back = 2
def   spaced  (  a  ,  b  )  :  
    return  a  +  b  
x  =  [  1  ,  2  ]  [  0  ]
z = x if(x)else(y)
w = [x for(x)in(y,)if(x)]
v = not(x)or(y)and(x)
u = x.real if x else-1
t=1;s=2
class  K  (  object  )  :  pass
if x :
  pass
elif y :
       pass
else :
            pass
