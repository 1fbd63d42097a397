import mod_cycle_a
print(mod_cycle_a.A_LATE, mod_cycle_a.from_b())
import mod_cycle_b
print(mod_cycle_b.mod_cycle_a is mod_cycle_a)
