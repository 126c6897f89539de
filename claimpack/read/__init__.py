"""Read seeds: the article text exactly as received, plus its validated metadata sidecar."""

from claimpack.read.seed import MAX_BYTES, discover_seeds, read_seed
from claimpack.read.sidecar import read_sidecar

__all__ = ["MAX_BYTES", "discover_seeds", "read_seed", "read_sidecar"]
