"""The questionnaire on paper: a printable PDF with tick boxes, laid out by the report engine.

What is ticked is typed into the blank answer sheet (`assess questionnaire template`) and
imported; the options are numbered as the sheet's cells are.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader

from assess.i18n import section, text
from assess.models import Questionnaire
from assess.models.text import Lang
from assess.paths import reports_dir
from assess.rendering.html import SETTINGS
from assess.rendering.pdf import render_pdf

TEMPLATE = "paper.html.j2"
BASIS = ("belief", "example", "artefact")


@dataclass(frozen=True)
class PaperQuestion:
    number: int
    dimension: str
    text: str
    options: list[str]
    extras: list[str]


def paper_html(q: Questionnaire, lang: Lang) -> str:
    """The paper form of ``q`` (as asked: profile and form already applied) in ``lang``."""
    questions = [
        PaperQuestion(
            number,
            q.dimension(question.dimension).name.get(lang),
            question.text.get(lang),
            [o.text.get(lang) for o in q.options_for(question)],
            ([text("common.na", lang)] if question.allow_na else [])
            + [text("common.dont_know", lang)],
        )
        for number, question in enumerate(q.questions, start=1)
    ]
    env = Environment(loader=FileSystemLoader(reports_dir()), **SETTINGS)
    return env.get_template(TEMPLATE).render(
        lang=lang,
        L=section("paper", lang),
        title=q.title.get(lang),
        subtitle=q.subtitle.get(lang) if q.subtitle else "",
        roles=[r.name.get(lang) for r in q.roles],
        basis=[text(f"app.evidence_{b}", lang) for b in BASIS],
        questions=questions,
    )


def paper_pdf(q: Questionnaire, lang: Lang) -> bytes:
    return render_pdf(paper_html(q, lang)).data
