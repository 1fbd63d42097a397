def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("x")
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for k in ["none", "raise", "return"]:
    print(k, run(k))
def try_finally_only(fail):
    try:
        if fail:
            raise KeyError("k")
        return "ok"
    finally:
        print("  finally for fail =", fail)
print(try_finally_only(False))
try:
    try_finally_only(True)
except KeyError as e:
    print("propagated", repr(e))
def else_raises():
    try:
        pass
    except ValueError:
        print("not reached")
    else:
        raise ValueError("from else, not caught by same try")
try:
    else_raises()
except ValueError as e:
    print("caught outside:", e)
def multi_except(v):
    try:
        return {"int": lambda: 1 / 0, "key": lambda: {}["k"], "ok": lambda: "fine"}[v]()
    except ZeroDivisionError:
        return "zde"
    except (KeyError, IndexError) as e:
        return f"lookup {e!r}"
    except Exception:
        return "generic"
print(multi_except("int"), multi_except("key"), multi_except("ok"))
try:
    multi_except("missing")
except Exception as e:
    print("dispatch key missing:", repr(e))
def first_matching_clause():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError clause wins (first match)"
    except KeyError:
        return "never"
print(first_matching_clause())
