NAME = "alpha"
def call_beta():
    from .beta import NAME as beta_name
    return "alpha calls " + beta_name
