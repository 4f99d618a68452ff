"""``python -m positions`` runs the command line."""

from positions.cli import run

run()
