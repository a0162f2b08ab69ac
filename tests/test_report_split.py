"""Cutting the report HTML in two halves rendered at once, and the page-number document."""

from __future__ import annotations

from assess.report.pdf_split import numbers_html, split_document

HEAD = '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<style>p {}</style>\n</head>\n'
COVER = '<section class="cover"><p class="running" aria-hidden="true">青禾</p></section>'
PART = '<section class="page"><h1 class="section-title">{}</h1>{}</section>'
SUB = '<section class="page"><h2 class="subsection-title">{}</h2></section>'


def document(*sections: str) -> str:
    return f'{HEAD}<body class="lang-zh">\n{COVER}{"".join(sections)}</body>\n</html>'


def test_cuts_before_a_part_near_the_middle_and_carries_the_running_header() -> None:
    many, fewer = "<p>x</p>" * 40, "<p>y</p>" * 30  # elements weigh, not characters
    html = document(PART.format("A", many), SUB.format("A.1"), PART.format("B", fewer))
    halves = split_document(html)
    assert halves is not None
    assert "A.1" in halves.first and "B" not in halves.first.split("</style>")[-1]
    assert halves.second.count("section-title") == 1 and "青禾" in halves.second
    assert '<section class="page"><p class="running"' in halves.second  # inside, not a page
    for half in (halves.first, halves.second):
        assert "@bottom-right { content: none; }" in half and 'class="lang-zh"' in half


def test_weighs_sections_by_their_elements_not_their_length() -> None:
    chart = '<img src="data:image/svg+xml;base64,' + "A" * 5000 + '">'
    busy = "<p>x</p>" * 40
    html = document(PART.format("A", chart), PART.format("B", busy), PART.format("C", busy))
    halves = split_document(html)
    assert halves is not None  # the long chart weighs one element: B and C are the work
    assert ">B<" in halves.first and ">C<" in halves.second


def test_never_cuts_a_subsection_from_its_part() -> None:
    halves = split_document(document(PART.format("A", "x" * 400), SUB.format("A.1" * 400)))
    assert halves is not None and "A.1" in halves.second and "cover" in halves.first
    assert split_document(document(SUB.format("A.1"))) is None


def test_numbers_document_has_one_page_per_report_page() -> None:
    html = numbers_html(document(PART.format("A", "")), 5)
    assert html.startswith(HEAD.split("<head")[0]) and "@bottom-right" in html
    assert html.count('class="cover"') == 1 and html.count('class="page"') == 4
