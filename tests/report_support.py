"""Shared set-up for the report tests: the demo workspace, PDF text."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PIL import Image

from assess.demo import build_demo_workspace
from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.rendering.html import render_html
from assess.report.build import ReportOptions, report_context


def demo_workspace(folder: Path) -> Path:
    return build_demo_workspace(folder / "demo.assess")


def report_html(assessment: Assessment, lang: Lang) -> str:
    """The report's HTML, dated 2026-11-22 so that it is the same on any day."""
    return render_html(report_context(assessment, ReportOptions(lang=lang, day=date(2026, 11, 22))))


def pdf_text(pdf: Path) -> str:
    """The PDF's text, with line breaks and spaces removed so wrapped phrases still match."""
    return "".join(page_texts(pdf))


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, with line breaks and spaces removed."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [squeeze(page) for page in text.split("\f")[:-1]]


def squeeze(text: str) -> str:
    return "".join(text.split())


def page_images(pdf: Path, folder: Path) -> list[Image.Image]:
    """Each page of `pdf`, drawn at 40 dpi."""
    subprocess.run(["pdftoppm", "-r", "40", "-png", pdf, folder / pdf.stem], check=True)
    return [Image.open(png).convert("RGB") for png in sorted(folder.glob(f"{pdf.stem}-*.png"))]
