"""Render the report context to one HTML document with Jinja2 (autoescape on, CSS inlined)."""

from __future__ import annotations

import base64
from html import escape
from typing import TypedDict

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Undefined
from markupsafe import Markup

from assess.paths import reports_dir
from assess.rendering.formats import Assets, Rendered
from assess.rendering.stylesheet import report_css
from assess.rendering.template_cache import TemplateCache
from assess.report.context import ReportContext

TEMPLATE = "report.html.j2"


class _Settings(TypedDict):
    autoescape: bool
    undefined: type[Undefined]
    trim_blocks: bool
    lstrip_blocks: bool


SETTINGS = _Settings(
    autoescape=True,  # every template here is HTML; select_autoescape() misses *.html.j2
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(context: ReportContext, assets: Assets) -> Rendered:
    """The report as one HTML file (charts and styles inside it)."""
    return Rendered(render_html(context).encode("utf-8"))


def render_html(context: ReportContext) -> str:
    folder = reports_dir()
    env = Environment(
        loader=FileSystemLoader(folder), bytecode_cache=TemplateCache(repr(SETTINGS)), **SETTINGS
    )
    env.filters["svg_image"] = svg_image
    return env.get_template(TEMPLATE).render(c=context, css=Markup(report_css()))


def svg_image(svg: str, alt: str = "") -> Markup:
    """A chart as an <img> with a data: URL: WeasyPrint draws it as an image, which is faster
    than laying out inline SVG elements as part of the page, and browsers show it the same."""
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return Markup(
        f'<img class="chart" src="data:image/svg+xml;base64,{data}" alt="{escape(alt)}" />'
    )
