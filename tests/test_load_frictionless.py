"""`claimpack.load()` reads every package as frictionless reads it: the real-world packages in
shared/, a third-party-shaped fixture with formats, true/false values, decimal and group
characters, bareNumber and missing values, and claimpack's own package. Cell by cell."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml
from frictionless import Package, fields
from hypothesis import given
from hypothesis import strategies as st

import claimpack
from claimpack.tableschema import read_column, storage

ROOT = Path(__file__).resolve().parent.parent
REALWORLD = ROOT.parent / "shared" / "realworld-packages"
PACKAGES = {
    "gdp": REALWORLD / "gdp",
    "country-codes": REALWORLD / "country-codes",
    "kommunebudsjett": ROOT / "tests" / "data" / "thirdparty" / "kommunebudsjett",
    "claimpack": ROOT / "datapackage",
}


def frictionless_package(folder: Path) -> Package:
    """frictionless reads `.yaml` descriptors but not `.yml`: those are handed over parsed."""
    if (folder / "datapackage.json").exists():
        return Package(str(folder / "datapackage.json"))
    return Package(yaml.safe_load((folder / "datapackage.yml").read_text(encoding="utf-8")), basepath=str(folder))


def theirs(value: Any, field: dict[str, Any]) -> Any:
    """A frictionless cell in the form claimpack's frame holds it."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).replace(tzinfo=None, microsecond=0)
    return value


def ours(value: Any, field: dict[str, Any]) -> Any:
    if value is None or value is pd.NA or (not isinstance(value, str) and pd.isna(value)):
        return None
    kind = storage(field)
    if kind == "date":
        return value.date()
    if kind == "datetime":
        return value.tz_convert("UTC").tz_localize(None).to_pydatetime()
    if kind == "integer":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "boolean":
        return bool(value)
    return str(value)


@pytest.mark.parametrize("name", list(PACKAGES))
def test_load_agrees_with_frictionless(name: str) -> None:
    folder = PACKAGES[name]
    if not folder.exists():
        pytest.skip(f"{folder} is not here (shared/ lies beside the repository)")
    package = frictionless_package(folder)
    assert package.validate().valid, f"frictionless finds {name} invalid"
    frames = claimpack.load(folder)
    assert list(frames) == [r.name for r in package.resources]
    compared = 0
    for resource in package.resources:
        frame = frames[resource.name]
        schema = resource.schema.to_descriptor()
        rows = resource.read_rows()
        assert len(frame) == len(rows)
        assert list(frame.columns) == [f["name"] for f in schema["fields"]]
        for field in schema["fields"]:
            expected = [theirs(row[field["name"]], field) for row in rows]
            got = [ours(value, field) for value in frame[field["name"]]]
            assert got == expected, (name, resource.name, field["name"])
            compared += len(got)
    assert compared > 0


def test_the_fixture_uses_what_it_is_for() -> None:
    """The third-party fixture exercises each Table Schema feature load() must honour, and the
    values come out as a reader of the CSV means them."""
    frame = claimpack.load(PACKAGES["kommunebudsjett"])["vedtak"]
    first = frame.iloc[0]
    assert first["dato"] == pd.Timestamp("2024-03-14")  # format %d.%m.%Y
    assert bool(first["vedtatt"]) is True  # trueValues ["ja", "Ja"]
    assert first["belop"] == 1_250_000.0  # groupChar " "
    assert first["andel"] == 12.5  # decimalChar "," and bareNumber false ("12,5 %")
    assert first["antall"] == 40  # bareNumber false ("ca. 40")
    assert frame["frist"].iloc[0] == pd.Timestamp("2024-04-01 12:00", tz="UTC")
    assert frame["belop"].iloc[4] == 12_345_678.9
    assert frame["antall"].isna().iloc[1]  # the field's own missingValues ["ukjent"]
    assert frame["merknad"].isna().tolist() == [False, True, False, True, True]  # "-", "NA", ""


def test_a_third_party_cell_that_does_not_read_is_refused(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "pkg"
    shutil.copytree(PACKAGES["kommunebudsjett"], copy)
    csv = copy / "data" / "vedtak.csv"
    csv.write_text(csv.read_text(encoding="utf-8").replace("14.03.2024", "2024-03-14"), encoding="utf-8")
    with pytest.raises(claimpack.ClaimpackError, match=r"'dato' is not date \(format '%d.%m.%Y'\): '2024-03-14'"):
        claimpack.load(copy)


NORWEGIAN = {"name": "n", "type": "number", "decimalChar": ",", "groupChar": "\u00a0"}


def norwegian(value: Decimal) -> str:
    """'1\u00a0234\u00a0567,89': thousands grouped with no-break spaces, a decimal comma."""
    whole, _, fraction = f"{value:f}".partition(".")
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    grouped = f"{int(digits):,}".replace(",", "\u00a0")
    return sign + grouped + ("," + fraction if fraction else "")


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=3, allow_nan=False))
def test_a_number_written_the_norwegian_way_reads_back(value: Decimal) -> None:
    text = norwegian(value)
    read = read_column(pd.Series([text]), NORWEGIAN).iloc[0]
    assert read == float(value)
    assert fields.NumberField(name="n", decimal_char=",", group_char="\u00a0").read_cell(text)[0] == value


@given(st.dates(min_value=date(1000, 1, 1)))
def test_a_formatted_date_reads_back(value: date) -> None:
    field = {"name": "d", "type": "date", "format": "%d.%m.%Y"}
    text = value.strftime("%d.%m.%Y")
    assert read_column(pd.Series([text]), field).iloc[0] == pd.Timestamp(value)


def test_a_yaml_descriptor_is_read_safely(tmp_path: Path) -> None:
    """`.yml` descriptors load (country-codes has one), but YAML aliases, as in a billion-laughs
    bomb, are refused with one line."""
    (tmp_path / "datapackage.yml").write_text("name: &a x\nresources: [*a]\n", encoding="utf-8")
    with pytest.raises(claimpack.ClaimpackError, match="alias"):
        claimpack.load(tmp_path)
