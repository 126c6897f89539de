"""The review site without a browser: what each page holds, how the chart reads qualifiers, how
crossing highlights split, and that `claimpack report` only ever replaces its own folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest
from browser import Element, _Builder
from click.testing import CliRunner

from claimpack import build
from claimpack.cli import main
from claimpack.errors import ClaimpackError
from claimpack.reporting import page_file, report
from claimpack.reporting.chart import conflict_charts
from claimpack.reporting.marks import Node, Span, mark_up

ROOT = Path(__file__).resolve().parent.parent
A = "000_ce1b982170328aa1"


def parse(path: Path) -> Element:
    builder = _Builder()
    builder.feed(path.read_text("utf-8"))
    return builder.root


@pytest.fixture
def repo(reviewed_repo: Path) -> Path:
    return reviewed_repo


def _site(repo: Path) -> Element:
    build(repo / "seeds", repo / "datapackage")
    old = Path.cwd()
    os.chdir(repo)
    try:
        result = CliRunner().invoke(main, ["report", "--out", "site"])
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("site/index.html: 1 article pages (package ")
    return parse(repo / "site" / "articles" / page_file(A))


def test_findings_sit_in_the_margin_with_their_review(repo: Path) -> None:
    page = _site(repo)
    findings = [d for d in page.find_all("div") if "finding" in d.classes()]
    states = {d.attrs["data-row"]: d.classes() for d in findings}
    assert "confirmed" in states["7b8b209d70bc951685e5"] and "warning" in states["7b8b209d70bc951685e5"]
    conflict = next(d for d in findings if d.attrs["data-row"] == "7b8b209d70bc951685e5")
    assert "A real disagreement" in conflict.text()
    assert set(conflict.attrs["data-rows"].split()) == {f"{A}:c0.2", f"{A}:c1.2"}
    credits = [p.text() for p in page.find_all("p") if "credit" in p.classes()]
    assert credits == ["Photo: Omar Sanadiki / Reuters", "Photo: Omar Haj Kadour / AFP"]


def test_tooltips_carry_the_row(repo: Path) -> None:
    page = _site(repo)
    tip = page.find_all("mark", data_row=f"{A}:c0.3")[0].attrs["data-tip"] or ""
    lines = ["value: 6000", "qualifier: relative", "unit: people", "subject: person", "event: evakuert"]
    lines += [
        "source: Russland",
        f"relative_to: {A}:c0.2",
        "unconfirmed: false",
        "evidence: cue-before (statement s0.3",
    ]
    for line in lines:
        assert line in tip, line
    quote = page.find_all("mark", data_row=f"{A}:s3.1")[0]
    assert "speaker: Marianne Gasser" in (quote.attrs["data-tip"] or "")
    assert page.find_all(id=(quote.attrs["aria-describedby"] or "-"))[0].text() == "Marianne Gasser"
    assert all(m.attrs.get("tabindex") == "0" for m in page.find_all("mark") if "sample" not in m.classes())


def test_corrected_rows_and_cells_are_marked(repo: Path) -> None:
    (repo / "seeds" / f"{A}.corrections.yaml").write_text(
        f"corrections:\n  - id: fix-1\n    row: {A}:c0.3\n    expect: dobbelt så høyt\n"
        "    set: {source: Røde Kors}\n    reason: because\n",
        "utf-8",
    )
    page = _site(repo)
    mark = page.find_all("mark", data_row=f"{A}:c0.3")[0]
    assert "corrected" in mark.classes() and "src-0" in mark.classes()  # Røde Kors' colour now
    assert f"corrected source_id: {A}:russland → {A}:rode-kors (because)" in (mark.attrs["data-tip"] or "")
    row = page.find_all("tr", id=f"claim-{A}:c0.3")[0]
    corrected = [td for td in row.find_all("td") if "corrected" in td.classes()]
    assert len(corrected) == 1 and corrected[0].text().startswith("Røde Kors")
    others = [m for m in page.find_all("mark") if "corrected" in m.classes() and "sample" not in m.classes()]
    assert others == [mark]


def test_a_stale_review_shows_as_stale(repo: Path) -> None:
    (repo / "seeds" / f"{A}.corrections.yaml").write_text(
        f"corrections:\n  - id: fix-1\n    row: {A}:c0.2\n    expect: '3.000'\n    set: {{value: 3100}}\n"
        "    reason: a test\n",
        "utf-8",
    )
    page = _site(repo)
    conflict = page.find_all("div", data_row="7b8b209d70bc951685e5")[0]
    assert "stale" in conflict.classes() and "stale review" in conflict.text()


def test_report_replaces_only_its_own_folder(repo: Path) -> None:
    build(repo / "seeds", repo / "datapackage")
    other = repo / "notes"
    other.mkdir()
    (other / "keep.txt").write_text("mine", "utf-8")
    with pytest.raises(ClaimpackError, match="holds no claimpack report"):
        report(repo / "datapackage", other)
    assert [p.name for p in other.iterdir()] == ["keep.txt"]
    site = repo / "site"
    report(repo / "datapackage", site)
    (site / "articles" / "stray.html").write_text("old", "utf-8")
    report(repo / "datapackage", site)
    assert sorted(p.name for p in (site / "articles").iterdir()) == [page_file(A)]
    (repo / "file").write_text("x", "utf-8")
    with pytest.raises(ClaimpackError, match="is not a folder"):
        report(repo / "datapackage", repo / "file")


def test_page_names_are_safe_file_names() -> None:
    assert page_file(A) == f"{A}.html"
    for hostile in ("../x", "a/b", "..", "<x>", ""):
        name = page_file(hostile)
        assert name.startswith("article-") and "/" not in name


def _claims(rows: list[tuple[str, str | None, str, float | None, float | None, float | None]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["claim_id", "source_id", "qualifier", "value", "value_low", "value_high"])
    return frame.assign(text=frame["claim_id"], subject="sivile", event="igjen", unit="people")


def test_the_chart_reads_widths_from_qualifiers() -> None:
    claims = _claims(
        [("over", "a", "more_than", 50000, None, None), ("rundt", "b", "approx", 40000, None, None),
         ("exact", "c", "exact", 30000, None, None), ("vague", None, "vague", None, 2000, 9999)]
    )  # fmt: skip
    (chart,) = conflict_charts(claims, {"a": "FN", "b": "B", "c": "C"}, {"a": "src-0"}, 0.05, 0.10)
    marks = {m.row: m for m in chart.marks}
    assert marks["over"].open_right and not marks["rundt"].open_right
    width = {row: m.x2 - m.x1 for row, m in marks.items()}
    assert width["rundt"] > width["exact"] > 0  # ± 10 % against ± 5 %
    assert marks["over"].x2 == max(m.x2 for m in chart.marks)  # runs to the axis' end
    assert [m.label for m in chart.marks][-1] == "the narrator" and marks["vague"].css == "narrator"


def test_a_quantity_with_one_source_has_no_chart() -> None:
    claims = _claims([("x", "a", "exact", 1, None, None), ("y", "a", "exact", 5, None, None)])
    assert conflict_charts(claims, {"a": "A"}, {}, 0.05, 0.1) == []


def test_crossing_spans_split_into_pieces_of_one_row() -> None:
    text = "abc def ghi"
    nodes = mark_up(text, 10, [Span(10, 17, "quote", "q"), Span(14, 17, "claim", "c"), Span(16, 21, "mention", "m")])

    def pieces(found: list[Node | str], row: str) -> list[str]:
        out: list[str] = []
        for node in found:
            if isinstance(node, Node):
                if node.span.row == row:
                    out.append("".join(_text(node)))
                out.extend(pieces(node.children, row))
        return out

    def _text(node: Node) -> list[str]:
        return [c if isinstance(c, str) else "".join(_text(c)) for c in node.children]

    assert ["".join(pieces(nodes, r)) for r in "qcm"] == ["abc def", "def", "f ghi"]
    assert len(pieces(nodes, "m")) == 2  # crossed the quote's end: two pieces


def _css_rules() -> dict[str, dict[str, str]]:
    """selector -> declarations of the review site's stylesheet (flat rules; @media blocks skipped)."""
    css = re.sub(
        r"/\*.*?\*/", "", (ROOT / "claimpack" / "reporting" / "templates" / "style.css").read_text("utf-8"), flags=re.S
    )
    css = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        declarations = dict(
            (name.strip(), value.strip()) for name, _, value in (d.partition(":") for d in body.split(";")) if value
        )
        for selector in selectors.split(","):
            rules.setdefault(selector.strip(), {}).update(declarations)
    return rules


def _contrast(one: str, two: str) -> float:
    """The WCAG 2 contrast ratio of two #rgb or #rrggbb colours."""

    def luminance(colour: str) -> float:
        if len(colour) == 4:
            colour = "#" + "".join(c * 2 for c in colour[1:])
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_and_marks_have_readable_contrast() -> None:
    """WCAG AA: 4.5:1 for text on every highlight and panel, 3:1 for the underlines and outlines
    that tell sources apart (non-text contrast, against the page)."""
    rules = _css_rules()
    text, muted, paper = (rules[":root"][f"--{name}"] for name in ("text", "muted", "paper"))
    palette = {s: r for s, r in rules.items() if re.fullmatch(r"\.src-\d+|\.narrator", s)}
    assert len(palette) == 11
    pairs = [(text, r["--bg"], s) for s, r in palette.items()]
    pairs += [(r["--c"], paper, f"{s} underline") for s, r in palette.items()]
    pairs += [
        (rules["a"]["color"], paper, "link"),
        (muted, paper, "muted"),
        (muted, rules[".finding"]["background"], "finding state"),
        (rules[".finding.stale .state"]["color"], rules[".finding"]["background"], "stale"),
        (rules["mark[data-tip]:focus::after"]["color"], rules["mark[data-tip]:focus::after"]["background"], "tooltip"),
        (text, rules["td.corrected"]["background"], "corrected cell"),
        (text, rules["thead th"]["background"], "table head"),
        (rules[".chart .figure"]["fill"], paper, "chart figure"),
        (rules[".block.caption"]["color"], paper, "caption"),
    ]
    low = [
        (what, round(_contrast(fg, bg), 2))
        for fg, bg, what in pairs
        if _contrast(fg, bg) < (3.0 if what.endswith("underline") else 4.5)
    ]
    assert not low


def test_sources_that_speak_never_share_a_colour(repo: Path) -> None:
    """The seed has 11 sources and 10 colours: the one that repeats goes to a source only mentioned."""
    page = _site(repo)
    colour = {}
    for item in page.find_all("li"):
        swatch = item.find_all("span")[:1]
        if swatch and "swatch" in swatch[0].classes():
            colour[str(item.children[1]).strip()] = (swatch[0].classes() - {"swatch"}).pop()
    assert len(colour) == 12 and colour["the narrator"] == "narrator"
    speaking = {"Røde Kors", "Russland", "det russiske forsvarsdepartementet", "FN", "Marianne Gasser"}
    speaking |= {"John Kerry", "Staffan de Mistura"}  # quoted
    shared = [name for name in colour if list(colour.values()).count(colour[name]) > 1]
    assert sorted(shared) == ["Røde Kors", "USA"]
    assert len({colour[name] for name in speaking}) == len(speaking)
