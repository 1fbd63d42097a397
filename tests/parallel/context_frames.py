# A worker keeps finished call frames for reuse across contexts. A frame
# whose last call ran a function defined in the context (here, exec'd into
# a namespace of the context's heap) must not keep pointing into that heap
# once the context is gone: the next context reusing the frame would
# release a dangling globals dict.
import parallel


def main_side(n):
    return n + 1


def work(n):
    ns = {"base": n}
    exec("def f(k):\n    return base + k\n", ns)
    return main_side(n) + ns["f"](1)


for chunksize in (1, 7):
    r = parallel.map(work, range(3000), chunksize=chunksize)
    assert r == [2 * n + 2 for n in range(3000)], r[:5]
print("frames reused after their context ended: fine")
print("ok")
