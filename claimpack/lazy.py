"""Heavy libraries imported on first use: a command that never touches them (`--help`, a
columnar `validate`) does not pay their start-up, about half a second for pandas and numpy."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any


class Deferred(ModuleType):
    """A stand-in for the module of its name, imported when an attribute is first read. It stays
    out of sys.modules (unlike the standard library's LazyLoader): DuckDB and pyarrow use pandas
    or numpy when they find them imported there, and would load a stand-in in their start-up."""

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self.__name__)
        self.__dict__.update(module.__dict__)  # later reads are plain attribute lookups
        return getattr(module, attribute)


if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
else:
    np = Deferred("numpy")
    pd = Deferred("pandas")

__all__ = ["Deferred", "np", "pd"]
