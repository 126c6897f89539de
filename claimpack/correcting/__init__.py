"""Corrections that persist: what a person fixed in the extractor's rows, kept beside the seed in
`<id>.corrections.yaml` and applied at build time, after extraction. Each applied change becomes
a row of the package's `corrections` resource (provenance). `claimpack evaluate` never sees them:
it scores the extractor alone.

    >>> from claimpack.correcting import apply_corrections, read_corrections
"""

from claimpack.correcting.apply import apply_corrections
from claimpack.correcting.file import Entry, corrections_path, read_corrections

__all__ = ["Entry", "apply_corrections", "corrections_path", "read_corrections"]
