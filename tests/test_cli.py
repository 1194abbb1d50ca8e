"""The arms-nlp command: inputs (folders, globs, stdin), formats, checked inputs, closed pipes, --version.

Most tests call :func:`main` in this process, so they share the loaded pipeline; the few that
need a real process (standard input, a reader that goes away, --version) use a subprocess.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import arms_nlp
from arms_nlp import Extraction
from arms_nlp.cli import COMMANDS, main, register
from arms_nlp.cli import extract as extract_command
from arms_nlp.cli.inputs import collect

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "fixtures" / "articles"
ARTICLE = ARTICLES / "002_cf1b510dc2e19d56.txt"
SENTENCE = "Iran has supplied Russia with 400 Fateh-110 missiles, according to Reuters."
CLI = [sys.executable, "-m", "arms_nlp.cli"]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A folder of articles: .txt, .md, .html (nested), and files that are not read."""
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Aid\n\nGermany delivered two IRIS-T systems to Ukraine.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text(
        "<html><head><script>var x = 'Iran';</script></head><body><p>Turkey sold 12 <b>Bayraktar TB2</b> drones"
        " to Poland.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text(SENTENCE, encoding="utf-8")
    return tmp_path


def _jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_cli_extract_folder_gives_one_jsonl_line_per_article(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(folder), "--format", "jsonl"]) == 0
    lines = _jsonl(capsys.readouterr().out)
    assert [Path(line["path"]).relative_to(folder).as_posix() for line in lines] == ["a.txt", "b.md", "sub/c.html"]
    for line in lines:
        Extraction.model_validate({k: v for k, v in line.items() if k != "path"})
    html = lines[2]
    assert [w["name"] for w in html["weapons"]] == ["Bayraktar TB2"]
    assert all("<" not in record["text"] for field in ("weapons", "actors") for record in html[field])


@pytest.mark.parametrize(
    "pattern,expected",
    [("*.txt", ["a.txt"]), ("**/*.html", ["sub/c.html"]), ("*.[tm][xd]*", ["a.txt", "b.md"])],
)
def test_cli_extract_glob_gives_matching_files(folder: Path, pattern: str, expected: list[str]) -> None:
    inputs, errors = collect([str(folder / pattern)])
    assert errors == []
    assert [Path(i.label).relative_to(folder).as_posix() for i in inputs] == expected


@pytest.mark.parametrize(
    "args,message",
    [
        (["missing.txt"], "missing.txt: no such file or directory"),
        (["*.docx"], "*.docx: no file matches"),
        (["empty"], "empty: no .txt, .md, .html, .htm file in this folder"),
    ],
)
def test_cli_inputs_report_what_gives_no_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(folder)
    (folder / "empty").mkdir()
    assert collect(args) == ([], [message])


def test_cli_inputs_read_a_file_once_and_stdin_once(folder: Path) -> None:
    inputs, errors = collect([str(folder / "a.txt"), str(folder), "-", "-", str(folder / "*.txt")])
    assert errors == []
    assert [Path(i.label).name for i in inputs] == ["a.txt", "b.md", "c.html", "-"]


def test_cli_extract_csv_has_one_row_per_record(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(folder / "a.txt"), str(folder / "b.md"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0])[:5] == ["path", "type", "text", "start", "end"]
    types = {(Path(r["path"]).name, r["type"]) for r in rows}
    assert {("a.txt", "weapon"), ("a.txt", "transfer"), ("a.txt", "actor"), ("b.md", "weapon")} <= types
    transfer = next(r for r in rows if r["type"] == "transfer" and r["path"].endswith("a.txt"))
    assert (transfer["supplier"], transfer["recipient"], transfer["weapon"]) == ("Iran", "Russia", "Fateh-110")
    assert SENTENCE[int(transfer["start"]) : int(transfer["end"])] == transfer["text"]
    assert json.loads(transfer["evidence"]) == [transfer["text"]]


def test_cli_extract_json_is_one_array_with_paths(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(folder / "a.txt"), "--json"]) == 0
    (document,) = json.loads(capsys.readouterr().out)
    assert document["path"].endswith("a.txt")
    assert Extraction.model_validate({k: v for k, v in document.items() if k != "path"}).transfers


def test_cli_extract_text_lists_sections(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ARTICLE)]) == 0
    out = capsys.readouterr().out
    assert "weapons (" in out and "transfers (" in out and "== " not in out


def test_cli_extract_missing_file_is_reported_first_and_skipped(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    seen_before_work: list[str] = []
    load = extract_command.load_pipeline

    def spy(model: str | None) -> object:
        seen_before_work.append(err.getvalue())
        return load(model)

    monkeypatch.setattr(extract_command, "load_pipeline", spy)
    status = main(["extract", str(folder / "a.txt"), str(folder / "gone.txt"), "--format", "jsonl"])
    assert status == 1
    assert "gone.txt: no such file or directory" in seen_before_work[0]
    assert [Path(line["path"]).name for line in _jsonl(capsys.readouterr().out)] == ["a.txt"]


def test_cli_extract_only_missing_files_exits_1_without_loading(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "/no/such/file.txt"]) == 1
    assert "error: /no/such/file.txt" in capsys.readouterr().err


@pytest.mark.parametrize("published", ["soon", "2025-03-14garbage"])
def test_cli_extract_bad_published_is_a_usage_error(published: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(ARTICLE), "--published", published])
    assert stop.value.code == 2
    assert "ISO date" in capsys.readouterr().err


def test_cli_render_writes_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["render", str(ARTICLE), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="transfers"' in page and ARTICLE.name in page


def test_cli_schema_prints_the_extraction_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == Extraction.model_json_schema()


def test_cli_register_adds_a_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    def add_hello(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("name")
        parser.set_defaults(run=lambda args: print(f"hello {args.name}") or 0)

    saved = list(COMMANDS)
    try:
        register("hello", "say hello", add_hello)
        assert main(["hello", "world"]) == 0
    finally:
        COMMANDS[:] = saved
    assert capsys.readouterr().out == "hello world\n"


# ---------------------------------------------------------------- real processes


def test_cli_version_prints_the_version() -> None:
    done = subprocess.run([*CLI, "--version"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout.startswith(f"arms-nlp {arms_nlp.__version__} ")


def test_cli_extract_reads_standard_input() -> None:
    done = subprocess.run(
        [*CLI, "extract", "-", "--format", "jsonl", "--published", "2024-02-21"],
        input=SENTENCE,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    (line,) = _jsonl(done.stdout)
    assert (line["path"], line["published"], line["published_from"]) == ("-", "2024-02-21", "given")
    assert [(t["supplier"], t["recipient"]) for t in line["transfers"]] == [("Iran", "Russia")]


def test_cli_extract_ends_cleanly_when_the_reader_goes_away() -> None:
    command = " ".join([*map(str, CLI), "extract", str(ARTICLES), "--format", "jsonl", "--batch-size", "1"])
    done = subprocess.run(
        f"{command} | head -1; exit ${{PIPESTATUS[0]}}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=300,
        executable="/bin/bash",
    )
    assert done.returncode == 141  # what a command stopped by SIGPIPE returns, without a traceback
    assert len(done.stdout.splitlines()) == 1 and json.loads(done.stdout)["path"].endswith(".txt")
    assert done.stderr == ""


@pytest.mark.parametrize("total,tty,shown", [(3, True, True), (1, True, False), (3, False, False)])
def test_cli_progress_only_on_a_terminal_with_several_inputs(
    monkeypatch: pytest.MonkeyPatch, total: int, tty: bool, shown: bool
) -> None:
    err = io.StringIO()
    err.isatty = lambda: tty  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setitem(sys.modules, "tqdm", None)  # the fallback counter, whatever is installed
    assert list(extract_command.progress(iter(range(total)), total)) == list(range(total))
    assert (f"{total}/{total}" in err.getvalue()) is shown
