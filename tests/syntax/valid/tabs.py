# Indentation with tabs, and tabs inside lines.
if True:
	x = 1
	if x:
		y = 2
		z = (1,
				2)
	else:
		pass

def f(a,	b):
	return	a	+	b	# tab before the comment

class C:
	def m(self):
		return '	tab in a string'

		# comment indented with tabs
	def n(self):
		pass

if True:
        # eight spaces here, one tab below: consistent
	pass
