print("mod_cycle_b start")
import mod_cycle_a
print("mod_cycle_b sees partial a:", mod_cycle_a.A_EARLY, hasattr(mod_cycle_a, "A_LATE"))
B_VALUE = "b-value"
