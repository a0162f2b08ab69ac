"""An import never succeeds with nothing, never guesses an encoding, and never floods the screen."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MINI, run_assess


def survey(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def imported(csv: Path, workspace: Path, *extra: str) -> tuple[int, str, str]:
    done = run_assess("import", csv, "--workspace", workspace, "--questionnaire", MINI, *extra)
    return done.returncode, done.stdout, done.stderr


def test_an_import_without_any_answer_fails(tmp_path: Path) -> None:
    csv = survey(
        tmp_path / "a.csv", "姓名,序号,提交答卷时间\n王芳,1,2026/11/20\n李雷,2,2026/11/21\n"
    )
    code, out, err = imported(csv, tmp_path / "w.assess", "--skip-unknown-columns")
    assert code == 2 and "no row answers any question" in err and out == ""
    assert not (tmp_path / "w.assess").exists()


def test_rows_without_answers_are_left_out_and_listed(tmp_path: Path) -> None:
    csv = survey(tmp_path / "a.csv", "name,user.feedback\n王芳,3\n李雷,\n张三,2\n")
    code, out, err = imported(csv, tmp_path / "w.assess")
    assert code == 0, err
    assert "imported 2 respondents (2 answers)" in out
    assert "left out 1 rows that answer no question: 3" in err


def test_an_encoding_that_cannot_be_told_is_refused_not_guessed(tmp_path: Path) -> None:
    csv = survey(tmp_path / "a.csv", "name,user.feedback\nMüller Jürgen,3\n", "latin-1")
    code, _, err = imported(csv, tmp_path / "w.assess")
    assert code == 2 and "--encoding" in err
    assert not (tmp_path / "w.assess").exists()
    code, _, err = imported(csv, tmp_path / "w.assess", "--encoding", "latin-1")
    assert code == 0, err
    exported = run_assess("export", tmp_path / "w.assess", "--format", "csv", "--names")
    assert "Müller Jürgen" in exported.stdout


def test_chinese_gbk_and_utf16_are_told_apart_by_themselves(tmp_path: Path) -> None:
    for encoding in ("gbk", "utf-16", "utf-8-sig"):
        csv = survey(
            tmp_path / f"{encoding}.csv", "姓名,角色,user.feedback\n王芳,经理,3\n", encoding
        )
        code, out, err = imported(csv, tmp_path / f"{encoding}.assess")
        assert code == 0 and "imported 1 respondent" in out, (encoding, err)


def test_a_hundred_thousand_unknown_columns_are_one_short_message(tmp_path: Path) -> None:
    header = ",".join(["name", *(f"extra{n}" for n in range(100_000))])
    csv = survey(tmp_path / "wide.csv", header + "\nA" + "," * 100_000 + "\n")
    code, _, err = imported(csv, tmp_path / "w.assess")
    assert code == 2 and "100,000 columns match no question of" in err
    assert len(err) < 1000 and err.count("\n") == 1


def test_many_bad_rows_are_shown_in_part_with_a_count(tmp_path: Path) -> None:
    rows = "".join(f"R{n},9\n" for n in range(500))
    csv = survey(tmp_path / "bad.csv", "name,user.feedback\n" + rows)
    code, _, err = imported(csv, tmp_path / "w.assess")
    assert code == 2
    assert err.count("choice 9 is not an option") == 20
    assert "… and 480 more problems" in err
