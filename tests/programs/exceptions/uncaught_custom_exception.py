# An uncaught custom exception with __str__ ends the program; the last stderr line shows it.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
def validate(record):
    for key in ("name", "age"):
        if key not in record:
            raise ValidationError(key, "is required")
    if record["age"] < 0:
        raise ValidationError("age", "must be non-negative")
    return True
records = [{"name": "a", "age": 3}, {"name": "b"}, {"name": "c", "age": -1}]
for r in records:
    try:
        print(r["name"], validate(r))
    except ValidationError as e:
        print("invalid:", e)
validate({"name": "z", "age": -5})
