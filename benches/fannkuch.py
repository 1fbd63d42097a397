# fannkuch-redux: count pancake flips over all permutations of range(n).
# Stresses list slicing, reversal, indexing and tight integer loops.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # next permutation (the classic rotation scheme)
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main(n, loops):
    results = [fannkuch(n) for _ in range(loops)]
    checksum, max_flips = results[0]
    assert all(r == results[0] for r in results)
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")


main(9, 4)
