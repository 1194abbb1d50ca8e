"""The arms-nlp command: readable and JSON output, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from arms_nlp import Extraction
from arms_nlp.cli import main

ARTICLE = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "002_cf1b510dc2e19d56.txt"


@pytest.mark.parametrize("flag", [[], ["--json"]])
def test_cli_extract_prints_records(capsys: pytest.CaptureFixture[str], flag: list[str]) -> None:
    assert main(["extract", str(ARTICLE), *flag]) == 0
    out = capsys.readouterr().out
    if flag:
        Extraction.model_validate_json(out)
    else:
        assert "weapons (" in out and "transfers (" in out


@pytest.mark.parametrize("argv", [["extract", "/no/such/file.txt"], ["extract", str(ARTICLE), "--published", "soon"]])
def test_cli_extract_bad_input_exits_with_message(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "error" in capsys.readouterr().err
