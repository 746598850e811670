# Text files whose line endings and multi-byte characters straddle the
# 8192-byte chunks the text layer reads: readline, tell/seek cookies,
# read(n) in every newline mode.
import os
data = ("a" * 8190 + "\r\n" + "b" * 10 + "\r\n" + "é" * 5000 + "\r" + "c\n") * 3
with open("_tmp_chunk_boundaries.txt", "w", newline="") as f:
    f.write(data)
for nl in [None, "", "\r\n"]:
    with open("_tmp_chunk_boundaries.txt", newline=nl, encoding="utf-8") as f:
        marks = []
        while True:
            p = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((p, len(line), repr(line[-2:])))
        print(repr(nl), marks)
        for p, n, tail in marks:
            f.seek(p)
            assert len(f.readline()) == n
    with open("_tmp_chunk_boundaries.txt", newline=nl, encoding="utf-8") as f:
        out = []
        while True:
            chunk = f.read(4097)
            if not chunk:
                break
            out.append((len(chunk), f.tell()))
        print(out)
    with open("_tmp_chunk_boundaries.txt", newline=nl, encoding="utf-8") as f:
        print([len(x) for x in f.readlines()], f.newlines)
with open("_tmp_chunk_boundaries.txt", encoding="utf-8") as f:
    f.read(8190)
    print(f.tell(), repr(f.read(1)), f.tell())
    c = f.tell(); f.read(3); f.seek(c); print(repr(f.read(2)))
os.remove("_tmp_chunk_boundaries.txt")
