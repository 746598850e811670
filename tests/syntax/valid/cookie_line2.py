#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-15 :
# The cookie may be on line 2; iso-8859-15 has the euro sign at 0xa4.
euro = '€'
