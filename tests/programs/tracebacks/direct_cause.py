# Uncaught exception raised with `from`: "The above exception was the direct cause".
class ConfigError(Exception):
    pass


def check_number(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")


def parse_port(text):
    try:
        check_number(text)
    except ValueError as exc:
        raise ConfigError("port must be a number") from exc
    return int(text)


print(parse_port("8080"))
parse_port("http")
