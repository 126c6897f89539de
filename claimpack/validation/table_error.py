"""One structural error in a table, in a form every engine can produce.

frictionless (the reference) and the columnar fast path both report `TableError`s, so a test can
compare their sets directly. `code` is frictionless's error type (`type-error`,
`constraint-error`, `primary-key`, `foreign-key`, `missing-cell`, `extra-cell`, `hash-count`, …).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class TableError:
    resource: str
    row: int | None  # frictionless row number: the header is row 1, the first data row 2
    field: str | None
    code: str
    message: str = ""

    def key(self) -> tuple[str, int | None, str | None, str]:
        """What two engines must agree on; messages may be worded differently."""
        return (self.resource, self.row, self.field, self.code)
