"""Write the package: CSV tables, the descriptor, and an atomic swap into place."""

from claimpack.write.atomic import write_folder
from claimpack.write.descriptor import build_descriptor, read_descriptor
from claimpack.write.tables import render_csv

__all__ = ["build_descriptor", "read_descriptor", "render_csv", "write_folder"]
