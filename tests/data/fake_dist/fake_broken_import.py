"""A plugin that cannot be imported: its dependency is missing."""

import positions_dependency_that_is_not_installed  # noqa: F401
