"""The README that travels with the data (`datapackage/README.md`, and inside the published zip):
tables and fields generated from the Table Schemas, the versioning policy and how to load it.
Generated, so it cannot drift from the schemas: `python -m claimpack.publishing.readme datapackage`.

frictionless can render a Table Schema as Markdown (`Schema.to_markdown`), but it prints
constraints as Python dicts ("{'required': True}") under a fixed "## `schema`" heading and leaves
out keys; this table says "required", lists enum values and the keys, in a few lines."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from claimpack.publishing.rcode import readr_call
from claimpack.tableschema import foreign_keys
from claimpack.version.snapshot import Snapshot, open_snapshot

LOADING = """\
## Loading

```python
import claimpack
tables = claimpack.load("datapackage")          # folder, datapackage.json, zip or URL
tables["claims"].dtypes                        # Int64, Float64, boolean, datetime64, category, string
```

```python
from frictionless import Package
claims = Package("datapackage/datapackage.json").get_resource("claims").read_rows()
```

`claimpack publish --to claims.sqlite` (or `.duckdb`, `.xlsx`, `.zip`, a folder of Parquet files, a
`postgresql://` URL) writes the same tables with the same types; `datasette claims.sqlite -m
claims.metadata.json` browses them with every column's description.
"""

VERSIONING = """\
## Versions

The package is versioned like software, for data (see `CHANGELOG.md`):

- **major**: something a user may depend on goes away or changes meaning: a table or field removed or
  renamed, a type narrowed, a primary or foreign key changed, an article withdrawn;
- **minor**: something is added: a table, a field, articles; a type or constraint widened;
- **patch**: values corrected, rows added, removed or changed within the same articles, documentation.

Pin a version by its number; `claimpack diff OLD NEW` lists what changed between two versions and
the bump the policy requires.
"""


def render_readme(snapshot: Snapshot) -> str:
    descriptor = snapshot.descriptor
    lines = [f"# {descriptor.get('title') or descriptor.get('name')}", ""]
    if descriptor.get("description"):
        lines += [str(descriptor["description"]), ""]
    licences = ", ".join(
        f"[{item.get('title') or item.get('name')}]({item['path']})" if item.get("path") else str(item.get("name"))
        for item in descriptor.get("licenses") or []
    )
    if licences:
        lines += [f"Licence: {licences}.", ""]
    lines += ["## Tables", ""]
    for resource in snapshot.resources():
        lines += _table(resource, snapshot.schema(resource))
    lines += [VERSIONING, LOADING, *r_section(snapshot)]
    return "\n".join(lines).rstrip("\n") + "\n"


def r_section(snapshot: Snapshot) -> list[str]:
    """Loading in R, typed: with rOpenSci's frictionless, or with readr and column types generated
    from the Table Schemas (plain `read.csv` would read booleans and enums as text)."""
    tables = [r for r in snapshot.resources() if isinstance(r.get("path"), str)]
    first = tables[0]["name"] if tables else "claims"
    calls = "\n\n".join(readr_call(r, snapshot.schema(r)) for r in tables)
    return [
        "## Loading in R",
        "",
        "With [frictionless](https://docs.ropensci.org/frictionless/) (rOpenSci), which types every column",
        "from its Table Schema:",
        "",
        "```r",
        "library(frictionless)",
        'package <- read_package("datapackage.json")',
        f'{first} <- read_resource(package, "{first}")',
        "```",
        "",
        "With [readr](https://readr.tidyverse.org/), column types generated from the Table Schemas (run in",
        "this folder):",
        "",
        "```r",
        "library(readr)",
        "",
        calls,
        "```",
        "",
    ]


def _table(resource: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    lines = [f"### {resource['name']} (`{resource.get('path')}`)", ""]
    if resource.get("description"):
        lines += [str(resource["description"]), ""]
    key = schema.get("primaryKey")
    if key:
        lines += [f"Primary key: `{', '.join(key) if isinstance(key, list) else key}`.", ""]
    for fields, target, ref_fields in foreign_keys(schema, resource["name"]):
        lines.append(f"- `{', '.join(fields)}` → `{target}.{', '.join(ref_fields)}`")
    if schema.get("foreignKeys"):
        lines.append("")
    lines += ["| field | type | required | description |", "|---|---|---|---|"]
    for field in schema.get("fields") or []:
        constraints = field.get("constraints") or {}
        description = " ".join(str(field.get("description") or "").split()).replace("|", "\\|")
        if constraints.get("enum"):
            description += " One of: " + ", ".join(f"`{v}`" for v in constraints["enum"]) + "."
        required = "yes" if constraints.get("required") else ""
        lines.append(f"| `{field['name']}` | {field.get('type', 'string')} | {required} | {description.strip()} |")
    return [*lines, ""]


def main(argv: list[str]) -> int:
    """Write README.md into each package folder given (default: datapackage)."""
    for folder in argv or ["datapackage"]:
        (Path(folder) / "README.md").write_text(render_readme(open_snapshot(folder)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
