"""Results: the overall index, a score bar and level per dimension with the level's narrative,
the answers that would move each dimension's score most and, with several respondents, their
spread (median, quartiles, agreement, role medians, hotspots).

Scoring runs in a worker thread that reads the workspace through its own connection.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assess.aggregation import WorkshopSummary, matrix_from_plain, summarize_workshop
from assess.models import DimensionScore, Questionnaire, Scorecard
from assess.models.assessment import Assessment
from assess.planning import NeedleMover, needle_movers
from assess.scoring.assessment import score_assessment
from assess.ui.screens.session_screen import ComputedScreen
from assess.ui.widgets.bars import bar, level_style, name_width, padded
from assess.ui.widgets.folding import Folded, Part
from assess.ui.widgets.footer import LabelledFooter

BAR = 16


@dataclass(frozen=True)
class Results:
    questionnaire: Questionnaire
    scorecard: Scorecard
    movers: dict[str, list[NeedleMover]]
    workshop: WorkshopSummary | None  # several respondents only


class ResultsScreen(ComputedScreen[Results]):
    SCREEN_NAME = "results"
    TITLE_KEY = "results_title"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "app.show('targets')", "key_targets"),
        Binding("m", "app.show('roadmap')", "key_roadmap"),
        Binding("x", "app.show('export')", "key_export"),
        Binding("c", "compare", "key_compare"),
        Binding("escape", "app.show('questionnaire')", "key_questionnaire"),
    ]

    def action_compare(self) -> None:
        """Pick an earlier assessment's file; show what changed since."""
        from pathlib import Path

        from assess.ui.screens.comparison import ComparisonScreen
        from assess.ui.screens.open_file import OpenFileScreen

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.app.push_screen(ComparisonScreen(self.session, path))

        self.app.push_screen(OpenFileScreen(), chosen)

    def compose(self) -> ComposeResult:
        yield self.title_bar()
        with Horizontal(id="results-body"):
            with VerticalScroll(id="scores"):
                yield Static(self.t("computing"), id="overall-card")
                yield OptionList(id="dimensions")
            with VerticalScroll(id="detail"):
                yield Static(id="narrative")
                yield Static(self.t("needle_title"), classes="section-title")
                yield Vertical(id="movers")
                yield Static(id="workshop")
        yield LabelledFooter()

    def compute(self, assessment: Assessment) -> Results:
        """Score every respondent's answers pooled, and find what moves each dimension."""
        q, people = assessment.questionnaire, assessment.respondents
        workshop = None
        if len(people) >= 2:
            matrix = matrix_from_plain(q, people)
            workshop = summarize_workshop(q, matrix, assessment.consensus)
        return Results(
            q,
            score_assessment(assessment),
            needle_movers(q, assessment.counts),
            workshop,
        )

    def fill(self) -> None:
        if self.data is None:
            return
        q, card = self.data.questionnaire, self.data.scorecard
        self.query_one("#overall-card", Static).update(self._overall(q, card))
        dimensions = self.query_one("#dimensions", OptionList)
        dimensions.set_options(
            Option(self._row(q, score), id=score.dimension) for score in card.dimensions
        )
        dimensions.highlighted = 0
        dimensions.focus()

    def _overall(self, q: Questionnaire, card: Scorecard) -> Content:
        index = card.overall_index
        value = "—" if index is None else f"{index:.0f}"
        level = self._level(q, card.overall_level)
        return Content.assemble(
            (self.t("overall_index") + "  ", "bold"),
            (value, f"bold {level_style(card.overall_level)}"),
            (" / 100   ", "$text-muted"),
            (level, f"bold {level_style(card.overall_level)}"),
            ("\n", ""),
            bar((index or 0) / 100, BAR + self._name_width(), level_style(card.overall_level)),
            ("\n" + self.t("respondents", n=card.respondents), "$text-muted"),
        )

    def _level(self, q: Questionnaire, level: int | None) -> str:
        if level is None:
            return self.t("not_scored")
        return self.t("level_name", level=level, name=q.level_name(level).get(self.lang))

    def _row(self, q: Questionnaire, score: DimensionScore) -> Content:
        style = level_style(score.level)
        value = "—" if score.score is None else f"{score.score:.0f}"
        facts = [
            self.t("coverage", value=f"{score.coverage:.0%}"),
            self.t("confidence", band=self.t(f"band_{score.confidence_band}")),
        ]
        width = self._name_width()
        return Content.assemble(
            padded(q.dimension(score.dimension).name.get(self.lang), width, "bold"),
            bar((score.score or 0) / 100, BAR, style),
            (f" {value:>3}  ", f"bold {style}"),
            (self._level(q, score.level), style),
            ("\n" + " " * width + " · ".join(facts), "$text-muted"),
        )

    def _name_width(self) -> int:
        return name_width([d.name.get(self.lang) for d in self.session.questionnaire.dimensions])

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self.data is not None and event.option.id is not None:
            self.query_one("#narrative", Static).update(self._narrative(event.option.id))
            movers = self.query_one("#movers", Vertical)
            movers.remove_children()
            movers.mount_all(self._movers(event.option.id))
            workshop = self.query_one("#workshop", Static)
            workshop.display = self.data.workshop is not None
            if self.data.workshop is not None:
                workshop.update(
                    self._spread(self.data.questionnaire, self.data.workshop, event.option.id)
                )

    def _movers(self, dimension_id: str) -> list[Static]:
        assert self.data is not None
        movers = self.data.movers.get(dimension_id, [])
        if not movers:
            return [Static(self.t("needle_none"), classes="muted")]
        return [
            Static(
                self.folded(
                    (m.text.get(self.lang), "bold"), "\n", (m.hint.get(self.lang), "$text-muted")
                ),
                classes="card",
            )
            for m in movers
        ]

    def _narrative(self, dimension_id: str) -> Folded:
        assert self.data is not None
        q, lang = self.data.questionnaire, self.lang
        dimension, score = q.dimension(dimension_id), self.data.scorecard.dimension(dimension_id)
        parts: list[Part] = [(dimension.name.get(lang), "bold $accent")]
        if dimension.shift is not None:
            parts += ["\n", (dimension.shift.get(lang), "italic $text-muted")]
        parts += ["\n\n", (self._level(q, score.level), f"bold {level_style(score.level)}")]
        if score.level is not None and score.level in dimension.levels:
            parts += ["\n", dimension.levels[score.level].get(lang)]
        if score.capped_by:
            capped = self.t("list_separator").join(
                q.question(c).text.get(lang) for c in score.capped_by
            )
            parts += ["\n\n", (self.t("capped", questions=capped), "$warning")]
        return self.folded(*parts)

    def _spread(self, q: Questionnaire, summary: WorkshopSummary, dimension_id: str) -> Folded:
        """How the respondents' own scores on this dimension spread, by role, and hotspots."""
        spread = summary.dimension(dimension_id)
        parts: list[Part] = [(self.t("ws_title", n=summary.respondents), "bold $accent")]
        if spread.stats is not None:
            stats = spread.stats
            parts += [
                "\n",
                self.t(
                    "ws_stats",
                    median=f"{stats.median:.0f}",
                    q1=f"{stats.q1:.0f}",
                    q3=f"{stats.q3:.0f}",
                    agreement=f"{stats.agreement:.2f}",
                ),
            ]
        shown = [c for c in spread.by_role if c.shown and c.stats is not None]
        if shown:
            roles = self.t("list_separator").join(
                f"{c.name} {c.stats.median:.0f}" for c in shown if c.stats
            )
            parts += ["\n", (self.t("ws_roles", roles=roles), "$text-muted")]
        hidden = [g for g in summary.roles if not g.shown]
        if hidden:
            parts += [
                "\n",
                (self.t("ws_hidden", n=len(hidden), k=summary.min_group_size), "$text-muted"),
            ]
        hotspots = [h for h in summary.hotspots if h.dimension == dimension_id][:2]
        for spot in hotspots:
            text = q.question(spot.question_id).text.get(self.lang)
            parts += [
                "\n",
                (self.t("ws_hotspot", agreement=f"{spot.agreement:.2f}"), "$warning"),
                text,
            ]
        return self.folded(*parts)
