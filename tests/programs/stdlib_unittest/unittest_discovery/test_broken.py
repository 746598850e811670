import no_such_module_for_discovery  # noqa: F401
