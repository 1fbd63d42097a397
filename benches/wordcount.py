# Word count: generate a deterministic text from a fixed vocabulary with a
# linear congruential generator, then count words with a dict.
# Stresses str methods (split, lower, strip, join), dict get/increment and
# sorting with a key function.

WORDS = (
    "The quick brown fox jumps over the lazy dog while a Parallel interpreter "
    "runs Python code on every core of the Machine and the garbage collector "
    "never stops the world because each context has its own heap arena "
    "objects are read freely but mutation raises an error unless protected "
    "by a lock readers share writers wait snapshots roll back after callbacks "
    "sockets timers files and waits feed the worker pool"
).split()

PUNCTUATION = ",.;:!?"


class LCG:
    """The classic 31-bit linear congruential generator (glibc constants)."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n


def generate_text(n_lines, seed):
    rng = LCG(seed)
    lines = []
    for _ in range(n_lines):
        length = 5 + rng.below(12)
        words = []
        for _ in range(length):
            word = WORDS[rng.below(len(WORDS))]
            r = rng.below(10)
            if r == 0:
                word = word.upper()
            elif r == 1:
                word = word.capitalize()
            if rng.below(8) == 0:
                word += PUNCTUATION[rng.below(len(PUNCTUATION))]
            words.append(word)
        lines.append(" ".join(words))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(PUNCTUATION).lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def count_letters(text):
    letters = {}
    for ch in text:
        if ch.isalpha():
            ch = ch.lower()
            if ch in letters:
                letters[ch] += 1
            else:
                letters[ch] = 1
    return letters


def main(n_lines):
    text = generate_text(n_lines, 42)
    counts = count_words(text)
    letters = count_letters(text)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    total = sum(counts.values())
    print(f"lines={n_lines} chars={len(text)} words={total} distinct={len(counts)}")
    print("top:", " ".join(f"{w}={c}" for w, c in ranked[:8]))
    print("rare:", " ".join(f"{w}={c}" for w, c in ranked[-3:]))
    top_letters = sorted(letters, key=letters.get, reverse=True)[:5]
    print("letters:", "".join(top_letters), sum(letters.values()))


main(120000)
