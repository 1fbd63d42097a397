import mod_circ_b
X = 1
