"""The page-number overlay is rendered once per page count and then reused from the cache."""

from __future__ import annotations

from pathlib import Path

from assess.report.page_numbers import write_numbers
from tests.conftest import in_cache
from tests.report_support import page_texts

HTML = '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><title>t</title></head><body></body></html>'


def test_the_overlay_is_kept_and_reused_for_the_same_page_count(home: Path, tmp_path: Path) -> None:
    write_numbers(HTML, 4, tmp_path / "a.pdf")
    assert page_texts(tmp_path / "a.pdf") == ["", "2/4", "3/4", "4/4"]  # no number on the cover
    [cached] = in_cache(home, "page-numbers/*.pdf")
    first_write = cached.stat().st_mtime_ns
    write_numbers(HTML, 4, tmp_path / "b.pdf")
    assert (tmp_path / "b.pdf").read_bytes() == cached.read_bytes()
    assert cached.stat().st_mtime_ns == first_write
    write_numbers(HTML, 5, tmp_path / "c.pdf")  # another count: another overlay
    assert page_texts(tmp_path / "c.pdf")[-1] == "5/5"
    assert len(in_cache(home, "page-numbers/*.pdf")) == 2


def test_a_damaged_overlay_in_the_cache_is_rendered_again(home: Path, tmp_path: Path) -> None:
    write_numbers(HTML, 3, tmp_path / "a.pdf")
    [cached] = in_cache(home, "page-numbers/*.pdf")
    cached.write_bytes(cached.read_bytes()[:200])  # cut short, as by a full disk
    write_numbers(HTML, 3, tmp_path / "b.pdf")
    assert page_texts(tmp_path / "b.pdf") == ["", "2/3", "3/3"]
    assert page_texts(cached) == ["", "2/3", "3/3"]


def test_an_unwritable_cache_is_not_an_error(home: Path, tmp_path: Path) -> None:
    home.mkdir()
    (home / "cache").write_text("not a folder", encoding="utf-8")
    write_numbers(HTML, 2, tmp_path / "a.pdf")
    assert page_texts(tmp_path / "a.pdf") == ["", "2/2"]
