s = "Hello, World"
print(s[7:], s[:5], s[-5:], s[::-1], s[0], s[-1])
word = "racecar"
print(word == word[::-1], "abc"[::-1] == "cba")
t = (0, 1, 2, 3, 4, 5)
print(t[1:-1], t[::2], t[-1::-2], t[:0], t[4:1:-1])
print("abcdef"[1:5:2], "abcdef"[-1:-7:-2])
u = "αβγδ"
print(u[1:3], u[::-1], len(u[1:]))
print([1, 2, 3][-1:-4:-1], [1, 2, 3][3:0:-1])
print("x"[5:], "x"[-5:], ""[:])
print(list(range(20))[3:17:4], range(20)[3:17:4])
n = 3
print(s[:n], s[n:], s[:n] + s[n:] == s)
print(s[-100:3], s[3:-100])
