"""`claimpack --help` shows each command's summary whole, not cut at the terminal's width."""

from __future__ import annotations

from click.testing import CliRunner

from claimpack.cli import main


def test_help_shows_every_command_summary_whole() -> None:
    result = CliRunner().invoke(main, ["--help"], terminal_width=80)
    assert result.exit_code == 0
    shown = " ".join(result.output.split("Commands:")[1].split())
    assert "..." not in shown
    for name, command in main.commands.items():
        first_sentence = " ".join((command.help or "").split()).split(". ")[0].rstrip(".") + "."
        assert f"{name} {first_sentence}" in shown, name
