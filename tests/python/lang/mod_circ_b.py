from mod_circ_a import X
