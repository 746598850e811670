# Only comments and blank lines.

   
	
# another comment
    # indented comment

