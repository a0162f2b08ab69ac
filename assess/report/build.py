"""Build the report context from an assessment, its scorecard and its roadmap."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from assess import __version__
from assess.comparison.compare import compare
from assess.i18n import language_note, section, text
from assess.models import Scorecard
from assess.models.assessment import Assessment
from assess.models.text import Lang
from assess.planning import Roadmap
from assess.planning.assessment import plan_assessment
from assess.portfolio.benchmark import Standing
from assess.report.answers import answers_part
from assess.report.change import change_section
from assess.report.charts.svg import tint
from assess.report.context import Cover, Meta, ReportContext, Theme
from assess.report.dimension_pages import dimension_pages
from assess.report.fmt import long_date
from assess.report.frame import frame
from assess.report.method import method_part
from assess.report.peers import peers_section
from assess.report.plan_part import kpi_rows, roadmap_part
from assess.report.shading import palette
from assess.report.spread import respondents_summary
from assess.report.summary import summary
from assess.report.workshop import workshop_section
from assess.scoring.assessment import score_assessment


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose for this report; empty branding fields fall back to the engagement's.

    `logo` is the file to embed, already resolved (see `assess.rendering.writer.resolve_logo`);
    `names`: respondents are named, instead of by pseudonym and role.
    """

    lang: Lang
    logo: Path | None = None
    names: bool = False
    accent: str | None = None
    consultant: str | None = None
    day: date = field(default_factory=date.today)
    baseline: Assessment | None = None  # an earlier assessment: the report adds the change
    standing: Standing | None = None  # among the firm's portfolio: the report adds its page


def report_context(
    assessment: Assessment, options: ReportOptions, targets: Mapping[str, int] | None = None
) -> ReportContext:
    """Score and plan the assessment, then say everything the report says about it."""
    scorecard = score_assessment(assessment)
    roadmap = plan_assessment(assessment, targets)
    return build_report_context(assessment, scorecard, roadmap, options)


def build_report_context(
    assessment: Assessment, scorecard: Scorecard, roadmap: Roadmap, options: ReportOptions
) -> ReportContext:
    lang = options.lang
    assessment = roles_named(assessment, lang)
    theme = _theme(options.accent or assessment.engagement.branding.accent_color)
    across = respondents_summary(assessment)
    return ReportContext(
        meta=_meta(assessment, options),
        labels=section("report", lang),
        theme=theme,
        cover=_cover(assessment, scorecard, options),
        summary=summary(assessment, scorecard, roadmap, across, lang, theme.accent),
        frame=frame(assessment.questionnaire, scorecard, lang),
        change=change_section(compare(options.baseline, assessment), lang)
        if options.baseline is not None
        else None,
        peers=peers_section(assessment.questionnaire, options.standing, lang)
        if options.standing is not None
        else None,
        dimensions=dimension_pages(assessment, scorecard, roadmap, across, lang, theme.accent),
        roadmap=roadmap_part(assessment.questionnaire, roadmap, lang, theme.accent),
        kpis=kpi_rows(assessment.questionnaire, roadmap, lang),
        method=method_part(assessment.questionnaire, roadmap, assessment.adaptation, lang),
        answers=answers_part(assessment, lang, names=options.names),
        workshop=workshop_section(assessment, across, lang, theme.accent),
        scorecard=scorecard,
        plan=roadmap,
    )


def roles_named(assessment: Assessment, lang: Lang) -> Assessment:
    """The assessment with each respondent's role as the questionnaire names it in ``lang``
    ("CEO" and "总经理" both "Executive"), so that roles group and read in the report's language."""
    q = assessment.questionnaire
    if not q.roles:
        return assessment
    named = {role: q.role_name(role, lang) for role in {p.role for p in assessment.respondents}}
    if all(role == name for role, name in named.items()):
        return assessment
    people = [replace(p, role=named[p.role]) for p in assessment.respondents]
    return replace(assessment, respondents=people)


def consultant(assessment: Assessment, options: ReportOptions) -> str:
    return options.consultant or assessment.engagement.branding.consultant


def _meta(assessment: Assessment, options: ReportOptions) -> Meta:
    org = assessment.engagement.organization
    return Meta(
        lang=options.lang,
        html_lang="zh-CN" if options.lang == "zh" else "en",
        title=f"{org} · {assessment.questionnaire.title.get(options.lang)}",
        author=consultant(assessment, options) or org,
        subject=assessment.questionnaire.title.get(options.lang),
        keywords=", ".join(d.name.get(options.lang) for d in assessment.questionnaire.dimensions),
        generator=f"assess {__version__}",
        date=long_date(options.day, options.lang),
        date_iso=options.day.isoformat(),
    )


def _cover(assessment: Assessment, scorecard: Scorecard, options: ReportOptions) -> Cover:
    engagement = assessment.engagement
    respondents = text("report.respondents_count", options.lang, n=scorecard.respondents)
    q = assessment.questionnaire
    subtitle = q.subtitle.get(options.lang) if q.subtitle else None
    return Cover(
        title=q.title.get(options.lang),
        subtitle=subtitle or text("report.report_subtitle", options.lang),
        language_note=language_note(q.languages, options.lang),
        organization=engagement.organization,
        details=[d for d in (engagement.industry, engagement.size, respondents) if d],
        consultant=consultant(assessment, options),
        date=long_date(options.day, options.lang),
        logo_url=options.logo.as_uri() if options.logo else None,
        questionnaire=f"{q.title.get(options.lang)} · v{q.version}",
    )


def _theme(accent: str) -> Theme:
    return Theme(accent=accent, accent_tint=tint(accent, 0.9), shades=palette(accent))
