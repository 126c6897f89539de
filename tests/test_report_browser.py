"""The review site in a real browser (Debian's chromium, headless): every highlight covers exactly
its row's text, the conflict chart has one mark per figure, a hostile article shows as text, and
the seed's page is photographed (CLAIMPACK_UPDATE_SCREENSHOT=1 refreshes docs/report-seed.png)."""

from __future__ import annotations

import os
import struct
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest
from browser import Element, chromium, dump_dom, screenshot

from claimpack import build, load
from claimpack.reporting import page_file, report
from claimpack.validation import Suite

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "000_ce1b982170328aa1"
SCREENSHOT = ROOT / "docs" / "report-seed.png"
HIGHLIGHTED = {"claims": "claim_id", "mentions": "mention_id", "images": "image_id"}


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, pd.DataFrame]]:
    chromium()
    folder = tmp_path_factory.mktemp("site")
    report(ROOT / "datapackage", folder / "report", Suite.load(ROOT / "validate" / "suite.yaml"))
    return folder / "report", load(ROOT / "datapackage")


def _by_row(dom: Element) -> dict[str, str]:
    """data-row -> the text of its highlight (the pieces of a split one joined in order)."""
    pieces: dict[str, list[str]] = defaultdict(list)
    for mark in dom.find_all("mark"):
        if "data-row" in mark.attrs and "sample" not in mark.classes():
            pieces[str(mark.attrs["data-row"])].append(mark.text())
    return {row: "".join(parts) for row, parts in pieces.items()}


def test_every_highlight_covers_exactly_its_rows_span(seed_site: tuple[Path, dict[str, pd.DataFrame]]) -> None:
    site, tables = seed_site
    shown = _by_row(dump_dom(site / "articles" / page_file(ARTICLE)))
    expected = {
        str(row[key]): str(row["text"]) for name, key in HIGHLIGHTED.items() for _, row in tables[name].iterrows()
    }
    statements = tables["statements"]
    quotes = statements[statements["kind"].isin(["direct_quote", "mixed"])]
    expected.update(zip(quotes["statement_id"].astype(str), quotes["text"].astype(str), strict=True))
    assert len(quotes) == 4 and len(tables["claims"]) == 8
    assert shown == expected


def test_conflict_chart_has_one_mark_per_figure(seed_site: tuple[Path, dict[str, pd.DataFrame]]) -> None:
    site, tables = seed_site
    dom = dump_dom(site / "articles" / page_file(ARTICLE))
    charts = dom.find_all("figure")
    assert len(charts) == 1  # only «personer evakuert» has figures from several sources
    marks = [g for g in charts[0].find_all("g") if "mark" in g.classes()]
    claims = tables["claims"]
    quantity = claims[(claims["subject"] == "person") & (claims["event"] == "evakuert")]
    assert sorted(str(g.attrs["data-claim"]) for g in marks) == sorted(quantity["claim_id"].astype(str))
    labels = {g.find_all("text")[0].text() for g in marks}
    assert {"Røde Kors", "Russland", "det russiske forsvarsdepartementet"} <= labels
    shapes = [g.find_all("rect") + g.find_all("circle") for g in marks]
    assert all(len(shape) == 1 for shape in shapes)  # one interval (or point) per figure


def test_index_lists_the_article_with_its_counts(seed_site: tuple[Path, dict[str, pd.DataFrame]]) -> None:
    site, tables = seed_site
    dom = dump_dom(site / "index.html")
    row = dom.find_all("tr", data_article=ARTICLE)[0]
    cells = [c.text() for c in row.find_all("td")]
    assert cells[:3] == [str(len(tables["claims"])), str(len(tables["sources"])), "4"]
    assert row.find_all("a")[0].attrs["href"] == f"articles/{page_file(ARTICLE)}"


def test_screenshot_of_the_seed_page(seed_site: tuple[Path, dict[str, pd.DataFrame]], tmp_path: Path) -> None:
    site, _ = seed_site
    shot = screenshot(site / "articles" / page_file(ARTICLE), tmp_path / "seed.png")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 1700) and len(data) > 50_000  # a page, not a blank canvas
    if os.environ.get("CLAIMPACK_UPDATE_SCREENSHOT"):
        SCREENSHOT.write_bytes(data)
    assert SCREENSHOT.is_file(), "run with CLAIMPACK_UPDATE_SCREENSHOT=1 to take docs/report-seed.png"


HOSTILE = (
    "Røde Kors sier at 3.000 er evakuert <script>document.title='pwned'</script> i dag.\n\n"
    '«<img src=x onerror="alert(1)">» sier «Ola» <b onclick="x()">Nordmann</b>, ifølge </mark><iframe src=x>.\n\n'
    "– Rundt 40 </p></div><style>body{display:none}</style> ble skadd, sier Kari Nordmann.\n"
)


def test_a_hostile_article_cannot_inject_markup(tmp_path: Path) -> None:
    chromium()
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "evil.txt").write_text(HOSTILE, "utf-8")
    (seeds / "evil.meta.json").write_text(
        '{"language": "nb", "published": "2024-01-01", "title": "<script>alert(2)</script>", '
        '"publisher": null, "url": null, "authors": null}',
        "utf-8",
    )
    build(seeds, tmp_path / "datapackage")
    report(tmp_path / "datapackage", tmp_path / "report")
    for page in (tmp_path / "report" / "index.html", tmp_path / "report" / "articles" / "evil.html"):
        dom = dump_dom(page)
        tags = {e.tag for e in dom.iter()}
        assert not tags & {"script", "img", "iframe", "style", "b"}, page
        assert not [name for e in dom.iter() for name in e.attrs if name.startswith("on")], page
        assert "<script>alert(2)</script>" in dom.text()
    article = dump_dom(tmp_path / "report" / "articles" / "evil.html")
    text = "".join(p.text() for p in article.find_all("p") if "block" in p.classes())
    assert text == HOSTILE.replace("\n\n", "").replace("\n", "")  # the article as written, as text
    claims = load(tmp_path / "datapackage")["claims"]
    assert set(_by_row(article)) >= set(claims["claim_id"].astype(str))
