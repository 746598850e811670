# A text-adventure command parser using match on split strings with captures, ors, guards and stars.
inventory = []
room = {"lamp", "key", "sword"}
def execute(line):
    match line.split():
        case []:
            return "say something"
        case ["look"]:
            return f"you see: {', '.join(sorted(room)) or 'nothing'}"
        case ["take" | "get", "all"]:
            taken = sorted(room)
            inventory.extend(taken)
            room.clear()
            return f"took {taken}"
        case ["take" | "get", item] if item in room:
            room.discard(item)
            inventory.append(item)
            return f"took {item}"
        case ["take" | "get", item]:
            return f"there is no {item} here"
        case ["drop", *items] if items:
            dropped = [i for i in items if i in inventory]
            for i in dropped:
                inventory.remove(i)
                room.add(i)
            return f"dropped {dropped}"
        case ["go", ("north" | "south") as d] | ["walk", ("north" | "south") as d]:
            return f"walking {d}"
        case ["inventory" | "inv" | "i"]:
            return f"carrying {inventory}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for cmd in ["", "look", "take lamp", "get lamp", "take key", "inv", "drop lamp key ghost",
            "walk south", "go up", "take all", "look", "i", "dance wildly"]:
    print(f"> {cmd}")
    print(execute(cmd))
