name = "docgen"
count = 3
ratio = 2 / 3
print("%s has %d cells, %.2f done, %5s|%-5s|%03d" % (name, count, ratio, "r", "l", 7))
print("%r and %%" % name)
print("{} has {} cells".format(name, count), "{0}-{1}-{0}".format("a", "b"), "{n:>8}".format(n=name))
print(f"{name!r:>10} {count:04d} {ratio:.3f} {ratio:.1%} {count * 2 = }")
print(f"{'centred':^11}|{1234567:,}|{255:x}|{255:#o}|{3.5:e}")
print(name.upper(), name.title(), name.capitalize(), "  padded  ".strip(), "x-y-z".split("-"))
print("-".join(["a", "b", "c"]), "banana".count("a"), "banana".find("n"), "banana".replace("an", "AN", 1))
print(name.startswith("doc"), name.endswith("x"), "42".isdigit(), "abc".isalpha(), "ab".ljust(4, "."), "7".zfill(3))
print(name[0], name[-1], name[1:4], name[::-1], name * 2, len(name), "gen" in name)
print(repr("it's"), repr('say "hi"'), str(3.0), str(True), int("12") + 1, float("1.5"), str(None))
print("a,b,,c".split(","), "one two  three".split(), "line\nnext".splitlines(), "x".join("abc"))
