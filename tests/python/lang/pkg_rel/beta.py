from .alpha import NAME as alpha_name
NAME = "beta"
SEEN = "beta imported " + alpha_name
