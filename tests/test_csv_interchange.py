"""CSV import and export: dialects, cell forms, per-row errors, all-or-nothing, round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assess.errors import BadInput
from assess.interchange.csv_answers import parse_answers
from assess.interchange.csv_export import answers_csv
from assess.interchange.csv_import import importable, read_answers
from assess.interchange.csv_text import decode, parse_table
from assess.models import Engagement, Questionnaire
from assess.models.plain import PlainRespondent
from assess.storage import Workspace
from tests.conftest import MINI, run_assess

MINI_YAML = MINI.read_text(encoding="utf-8")

HEADER = [
    "name",
    "role",
    "group",
    "user.feedback",
    "user.touchpoints",
    "data.decisions",
    "data.privacy",
]
ROWS = [
    ["王芳", "经理", "市场部", "4", "N/A", "3", "?"],
    ["Bob", "CEO", "", "不收集。", "na", "Decided on gut feeling.", "不知道"],
    ["Li", "staff", "ops", "users co-create the product.", "", "dont_know", "2"],
]
EXPECTED = [
    {
        "user.feedback": 4,
        "user.touchpoints": "na",
        "data.decisions": 3,
        "data.privacy": "dont_know",
    },
    {
        "user.feedback": 1,
        "user.touchpoints": "na",
        "data.decisions": 1,
        "data.privacy": "dont_know",
    },
    {"user.feedback": 5, "data.decisions": "dont_know", "data.privacy": 2},
]


def write(path: Path, rows: list[list[str]], sep: str = ",", encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(sep.join(row) for row in rows) + "\r\n").encode(encoding))
    return path


def choices(q: Questionnaire, path: Path) -> list[dict[str, object]]:
    parsed = read_answers(path, q)
    assert parsed.problems == [] and parsed.header_problems == []
    return [{qid: a[0] for qid, a in p.answers.items()} for p in parsed.respondents]


def new_workspace(path: Path) -> Workspace:
    return Workspace.create(
        path,
        questionnaire_yaml=MINI_YAML,
        roadmap_yaml=None,
        engagement=Engagement(organization="Acme"),
    )


# -- dialects and cell forms ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sep", "encoding"),
    [
        (",", "utf-8"),
        (",", "utf-8-sig"),
        ("\t", "utf-8"),
        (",", "gbk"),
        ("\t", "gb18030"),
        ("\t", "utf-16"),
        (";", "utf-8-sig"),
    ],
)
def test_dialects(mini: Questionnaire, tmp_path: Path, sep: str, encoding: str) -> None:
    path = write(tmp_path / "answers.csv", [HEADER, *ROWS], sep, encoding)
    assert choices(mini, path) == EXPECTED
    people = read_answers(path, mini).respondents
    assert [(p.name, p.role, p.group) for p in people] == [
        ("王芳", "经理", "市场部"),
        ("Bob", "CEO", None),
        ("Li", "staff", "ops"),
    ]


def test_detected_encoding_and_separator() -> None:
    text, encoding = decode("姓名\t角色\n".encode("gbk"), "x.csv")
    assert (text, encoding) == ("姓名\t角色\n", "gb18030")
    assert decode("\ufeffname\n".encode(), "x.csv") == ("name\n", "utf-8-sig")
    assert parse_table("name\trole\nA\tB\n", "x").separator == "\t"
    assert parse_table("name,role\nA,B\n", "x").separator == ","


def test_chinese_headers_notes_and_quoted_cells(mini: Questionnaire, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        '姓名,角色,部门,User.Feedback,user.feedback:备注\n"Wang, Fang",经理,市场部,3,"两行\n备注"\n',
        encoding="utf-8",
    )
    [person] = read_answers(path, mini).respondents
    assert (person.name, person.role, person.group) == ("Wang, Fang", "经理", "市场部")
    assert person.answers == {"user.feedback": (3, "两行\n备注", None)}


def test_blank_lines_and_trailing_empty_columns_are_ignored(
    mini: Questionnaire, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "a.csv", [["name", "user.feedback", ""], ["A", "2", ""], [""], ["B", "3.0", ""]]
    )
    assert choices(mini, path) == [{"user.feedback": 2}, {"user.feedback": 3}]


# -- problems -------------------------------------------------------------------------------


def test_bad_rows_name_row_column_and_reason(mini: Questionnaire, tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["ok", "", "", "2", "", "", ""],
        ["", "CEO", "", "9", "", "", ""],
        ["C", "", "", "maybe", "N/A", "", ""],
        ["D", "", "", "N/A", "", "", "", "extra"],
    ]
    parsed = read_answers(write(tmp_path / "bad.csv", rows), mini)
    found = {(p.place, p.message) for p in parsed.problems}
    assert ("row 3, column name", "the name is empty") in found
    assert ("row 3, column user.feedback", "choice 9 is not an option") in found
    assert ("row 4, column user.feedback", "'maybe' is not an answer to this question") in found
    assert ("row 5, column user.feedback", "N/A is not allowed for this question") in found
    assert any(p.place == "row 5, column #8" and "8 cells" in p.message for p in parsed.problems)
    assert parsed.bad_rows == {3, 4, 5}
    assert [p.name for p in parsed.respondents] == ["ok"]
    with pytest.raises(BadInput) as caught:
        importable(parsed, "bad.csv", skip_bad_rows=False)
    assert len(caught.value.problems) == len(parsed.problems)
    assert importable(parsed, "bad.csv", skip_bad_rows=True) == parsed.problems


def test_unknown_columns_are_one_short_problem(mini: Questionnaire, tmp_path: Path) -> None:
    parsed = read_answers(
        write(tmp_path / "a.csv", [["name", "user.feedbak", "name"], ["A", "1", "A"]]), mini
    )
    twice, unknown = parsed.header_problems
    assert (
        unknown.place == "row 1"
        and unknown.message == "1 column matches no question of 'mini': 'user.feedbak'"
    )
    assert "user.feedback, user.touchpoints, data.decisions …" in unknown.fix
    assert "--skip-unknown-columns" in unknown.fix
    assert twice.place == "row 1, column name" and "twice" in twice.message
    with pytest.raises(BadInput):
        importable(parsed, "a.csv", skip_bad_rows=True)  # header problems always refuse


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01\x02", "binary file"),
        (b"\xff\xfe\x00\xd8", "not valid utf-16"),
        (b"user.feedback\n1\n", "no name column"),
    ],
)
def test_unusable_files(mini: Questionnaire, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(BadInput, match=message):
        parsed = read_answers(path, mini)
        importable(parsed, str(path), skip_bad_rows=False)


def test_import_of_a_bad_file_imports_nothing_and_exits_2(tmp_path: Path) -> None:
    csv_path = write(tmp_path / "a.csv", [HEADER, ROWS[0], ["", "", "", "7", "", "", ""]])
    ws_path = tmp_path / "w.assess"
    new_workspace(ws_path).close()
    result = run_assess("import", csv_path, "--workspace", ws_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "row 3, column name" in result.stderr and "row 3, column user.feedback" in result.stderr
    with Workspace.open(ws_path) as ws:
        assert ws.answers.respondents() == []
    result = run_assess("import", csv_path, "--workspace", ws_path, "--skip-bad-rows")
    assert result.returncode == 0, result.stderr
    assert "skipped: " in result.stderr and "imported 1 respondent (4 answers)" in result.stdout
    with Workspace.open(ws_path) as ws:
        assert [p.name for p in ws.answers.respondents()] == ["王芳"]


def test_import_refusing_a_file_creates_no_workspace(tmp_path: Path) -> None:
    csv_path = write(tmp_path / "a.csv", [["name", "nope"], ["A", "1"]])
    result = run_assess(
        "import", csv_path, "--workspace", tmp_path / "new.assess", "--questionnaire", MINI
    )
    assert (
        result.returncode == 2 and "1 column matches no question of 'mini': 'nope'" in result.stderr
    )
    assert not (tmp_path / "new.assess").exists()


# -- export and round trips -----------------------------------------------------------------


def test_export_then_import_into_a_fresh_workspace_gives_the_same_answers(tmp_path: Path) -> None:
    first = tmp_path / "first.assess"
    with new_workspace(first) as ws:
        parsed = parse_answers(
            parse_table("\n".join(",".join(r) for r in [HEADER, *ROWS]), "in"), ws.questionnaire()
        )
        ws.answers.import_plain(parsed.respondents)
        tricky = {"user.feedback": (2, '+1 note, "quoted"\nline', None)}
        ws.answers.import_plain([PlainRespondent("=HYPERLINK(1)", "-x", "@g", tricky)])  # type: ignore[dict-item]
        before = ws.answers.plain()
    out = tmp_path / "out.csv"
    assert run_assess("export", first, "--format", "csv", "-o", out, "--names").returncode == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK(1)" in out.read_text(encoding="utf-8-sig")  # no formula for spreadsheets
    second = tmp_path / "second.assess"
    result = run_assess("import", out, "--workspace", second, "--questionnaire", MINI)
    assert result.returncode == 0, result.stderr
    with Workspace.open(second) as ws:
        after = ws.answers.plain()
    assert summary(after) == summary(before)


def summary(people: list[PlainRespondent]) -> list[tuple[object, ...]]:
    return [
        (p.id, p.name, p.role, p.group, {q: a[:2] for q, a in p.answers.items()}) for p in people
    ]


def test_export_json_is_a_response_file(tmp_path: Path) -> None:
    path = tmp_path / "w.assess"
    with new_workspace(path) as ws:
        ws.answers.import_plain(
            read_answers(write(tmp_path / "a.csv", [HEADER, *ROWS]), ws.questionnaire()).respondents
        )
    result = run_assess("export", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "assess-response" and len(data["respondents"]) == 3


def test_export_csv_writes_every_option_form_import_reads(mini: Questionnaire) -> None:
    text = answers_csv(
        mini,
        [
            PlainRespondent(
                "A",
                answers={
                    "user.touchpoints": ("na", "", None),
                    "data.privacy": ("dont_know", "n", None),
                },
            )
        ],
    )
    header, row = text.splitlines()
    assert header.endswith("data.privacy,data.privacy:note")
    assert row == ",A,,,,N/A,,?,n"


def test_score_accepts_a_csv(tmp_path: Path) -> None:
    path = write(tmp_path / "survey.csv", [HEADER, *ROWS])
    result = run_assess("score", path, "--questionnaire", MINI, "--format", "json")
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout)
    assert card["respondents"] == 3 and card["questionnaire_id"] == "mini"
    bad = write(tmp_path / "bad.csv", [HEADER, ["X", "", "", "8", "", "", ""]])
    result = run_assess("score", bad, "--questionnaire", MINI)
    assert result.returncode == 2 and "row 2, column user.feedback" in result.stderr
