"""The two halves and the page numbers merge into the same bytes every time, each page numbered."""

from __future__ import annotations

from pathlib import Path

from assess.report.page_numbers import write_numbers
from assess.report.pdf import write_pdf
from assess.report.pdf_merge import merge_pdfs
from assess.report.pdf_parallel import Parts
from tests.report_support import page_texts

HALF = (
    '<html lang="zh-CN"><head><meta charset="utf-8" /><style>'
    "@page { size: A4 } div + div { break-before: page }</style></head>"
    "<body>{pages}</body></html>"
)


def half(*texts: str) -> str:
    return HALF.replace("{pages}", "".join(f"<div>{text}</div>" for text in texts))


def test_the_merged_report_is_the_same_every_time_and_numbers_each_page(
    home: Path, tmp_path: Path
) -> None:
    parts = Parts(tmp_path)
    write_pdf(half("封面 Cover", "第二页"), parts.first)
    write_pdf(half("第三页", "第四页"), parts.second)
    write_numbers(half(), 4, parts.numbers)
    merge_pdfs(parts, tmp_path / "once.pdf")
    merge_pdfs(parts, tmp_path / "again.pdf")
    assert (tmp_path / "once.pdf").read_bytes() == (tmp_path / "again.pdf").read_bytes()
    assert page_texts(tmp_path / "once.pdf") == ["封面Cover", "第二页2/4", "第三页3/4", "第四页4/4"]
