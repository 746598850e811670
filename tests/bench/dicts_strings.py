# Dict insert/lookup with str keys, string building, split/join.


def word_counts(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    for i in range(n):
        w = words[i % 8] + str(i % 97)
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    total = 0
    for k in counts:
        total += counts[k] * len(k)
    return len(counts), total


def dict_get_setdefault(n):
    d = {}
    groups = {}
    for i in range(n):
        key = "k" + str(i % 1000)
        d[key] = d.get(key, 0) + i
        groups.setdefault(key[:2], []).append(i)
    s = 0
    for k, v in d.items():
        s = (s + v) % 1000003
    return s, len(groups), sum(len(v) for v in groups.values())


def build_strings(n):
    parts = []
    for i in range(n):
        parts.append("item" + str(i) + ";")
    text = "".join(parts)
    fields = text.split(";")
    joined = ",".join(fields[::3])
    up = joined.upper()
    return len(text), len(fields), up.count("ITEM1"), joined.find("item777")


def string_ops(n):
    s = ""
    acc = 0
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 64:
            acc += len(s.replace("a", "xy").strip("z"))
            acc += s.startswith("ab") + s.endswith("yz")
            s = s[32:]
    line = " the quick  brown fox jumps over the lazy dog "
    for i in range(n // 10):
        ws = line.split()
        acc += len(ws) + len(" ".join(reversed(ws)))
        acc += len(line.strip().split(" "))
    return acc


def main():
    r1 = word_counts(N)
    r2 = dict_get_setdefault(N)
    r3 = build_strings(N)
    r4 = string_ops(N)
    print("dicts_strings", r1, r2, r3, r4)


N = 1200000
main()
