# A generator-based tokenizer and a generator-driven state machine.
def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield ("FLOAT" if "." in text else "INT", text)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield ("NAME", src[i:j])
            i = j
        elif src.startswith(("==", "<=", ">=", "!="), i):
            yield ("OP", src[i:i + 2])
            i += 2
        elif ch in "+-*/()=<>":
            yield ("OP", ch)
            i += 1
        else:
            yield ("ERROR", ch)
            i += 1
for tok in tokenize("x1 = 3.14 * (rate_2 + 10) >= y != z $"):
    print(tok)
def traffic_light():
    state = "green"
    while True:
        event = yield state
        if event == "timer":
            state = {"green": "yellow", "yellow": "red", "red": "green"}[state]
        elif event == "emergency":
            state = "red"
        elif event == "reset":
            return f"reset from {state}"
light = traffic_light()
print(next(light))
for ev in ["timer", "timer", "noop", "timer", "emergency", "timer"]:
    print(ev, "->", light.send(ev))
try:
    light.send("reset")
except StopIteration as s:
    print(s.value)
