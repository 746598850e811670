# Nested containers: building, navigating and updating deep structures; manual deep copy vs shallow aliasing.
config = {
    "servers": [
        {"name": "alpha", "ports": [80, 443], "tags": {"env": "prod"}},
        {"name": "beta", "ports": [8080], "tags": {"env": "dev", "team": "x"}},
    ],
    "limits": {"cpu": (1, 4), "mem": (512, 2048)},
}
print(config["servers"][0]["ports"][1], config["limits"]["mem"][-1], config["servers"][1]["tags"].get("team"))
for srv in config["servers"]:
    print(srv["name"], sum(srv["ports"]), sorted(srv["tags"].items()))
config["servers"][1]["ports"].append(9090)
config["servers"].append({"name": "gamma", "ports": [], "tags": {}})
print([s["name"] for s in config["servers"]], [len(s["ports"]) for s in config["servers"]])


def deep_copy(obj):
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [deep_copy(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(deep_copy(v) for v in obj)
    return obj


clone = deep_copy(config)
shallow = dict(config)
clone["servers"][0]["ports"].append(1)
shallow["servers"][0]["ports"].append(2)
print(config["servers"][0]["ports"], clone["servers"][0]["ports"])
print(clone == config, shallow == config, shallow["servers"] is config["servers"])


def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, obj


for p, v in walk({"a": [1, {"b": (2, 3)}], "c": "leaf"}):
    print(p, v)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid, grid[1][2], [row[0] for row in grid])
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print(flat, sum([[1], [2, 3]], []), list(zip(*[[1, 2, 3], [4, 5, 6]])))
