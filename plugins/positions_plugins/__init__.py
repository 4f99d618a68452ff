"""The built-in outlet formats of ``positions``.

Each module is a format plugin registered under the ``positions`` entry-point group in the
project's own ``pyproject.toml``, exactly as a third-party plugin would be: copy one to
start your own.
"""
