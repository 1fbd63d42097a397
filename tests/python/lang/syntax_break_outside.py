x = 0
break
