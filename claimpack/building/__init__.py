"""Build the data package from a folder of seeds: the work units (one seed in, its rows out), the
incremental cache, and the streaming build that maps them (in-process, a process pool, or any
mapper such as Dask's) and replaces the package atomically.

    >>> from claimpack.building import build
    >>> build("seeds", "datapackage").rows["claims"]
"""

from claimpack.building.run import BuildResult, Mapper, build, default_cache, read_seeds, render_package

__all__ = ["BuildResult", "Mapper", "build", "default_cache", "read_seeds", "render_package"]
