print("importing")
import nosuch_module_xyz
