"""Targets: the target level per dimension (default one level up), and the gap as it changes.

Each change is saved at once (``Workspace.set_target``); gaps come from the planner's own
``dimension_gaps`` over the scorecard, which a worker computes once.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from assess.errors import AssessError
from assess.models import Scorecard
from assess.models.assessment import Assessment
from assess.planning import DimensionGap
from assess.planning.targets import dimension_gaps
from assess.scoring.assessment import score_assessment
from assess.ui.screens.session_screen import ComputedScreen
from assess.ui.widgets.bars import level_style, marked_bar, name_width, padded
from assess.ui.widgets.footer import LabelledFooter

BAR = 20  # at most: narrower terminals get a shorter bar, never a wrapped row
TARGET = 16
GAP = 15
FIXED = 6 + 2 + TARGET + 3 + GAP + 2 + 4  # score, arrows, target, gap, mark, margins


class TargetsScreen(ComputedScreen[Scorecard]):
    SCREEN_NAME = "targets"
    TITLE_KEY = "targets_title"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right,plus,equals_sign", "change(1)", "key_adjust", key_display="←→"),
        Binding("left,minus", "change(-1)", "key_lower", key_display="←/−", show=False),
        Binding("0", "reset", "key_reset"),
        Binding("m", "app.show('roadmap')", "key_roadmap"),
        Binding("x", "app.show('export')", "key_export"),
        Binding("escape", "app.show('questionnaire')", "key_questionnaire"),
    ]

    def compose(self) -> ComposeResult:
        yield self.title_bar()
        with Vertical(id="targets-body"):
            yield Static(self.t("targets_intro"), id="targets-intro")
            yield Static(self.t("computing"), id="targets-head")
            yield TargetList(id="targets")
        yield LabelledFooter()

    def compute(self, assessment: Assessment) -> Scorecard:
        return score_assessment(assessment)

    def gaps(self) -> list[DimensionGap]:
        assert self.data is not None
        targets = self.session.engagement().targets
        return dimension_gaps(self.session.questionnaire, self.data, targets)

    def fill(self) -> None:
        if self.data is None:
            return
        head = Content.assemble(
            padded("", self._name_width()),
            padded(self.t("current"), self._bar() + 6, "bold"),
            padded(self.t("target"), TARGET + 5, "bold"),
            (self.t("gap"), "bold"),
        )
        self.query_one("#targets-head", Static).update(head)
        targets = self.query_one(TargetList)
        highlighted = targets.highlighted or 0
        targets.set_options(Option(self._row(gap), id=gap.dimension) for gap in self.gaps())
        targets.highlighted = highlighted
        targets.focus()

    def _row(self, gap: DimensionGap) -> Content:
        q, lang = self.session.questionnaire, self.lang
        threshold = q.threshold(gap.target_level) / 100
        current = "—" if gap.current_score is None else f"{gap.current_score:.0f}"
        mark = "" if gap.target_source == "default" else " ✎"  # a target the user set
        target = f"{gap.target_level} · {q.level_name(gap.target_level).get(lang)}"
        return Content.assemble(
            padded(gap.name.get(lang), self._name_width(), "bold"),
            marked_bar(
                (gap.current_score or 0) / 100,
                threshold,
                self._bar(),
                level_style(gap.current_level),
            ),
            (f" {current:>3}  ", "$text-muted"),
            ("◀ ", "$text-muted"),
            padded(target, TARGET, f"bold {level_style(gap.target_level)}"),
            (" ▶ ", "$text-muted"),
            padded(self.t("gap_value", levels=gap.gap_levels, points=f"{gap.gap_points:.0f}"), GAP),
            (mark, "bold $accent"),
        )

    def _bar(self) -> int:
        return max(8, min(BAR, self.size.width - self._name_width() - FIXED))

    def on_resize(self) -> None:
        self.fill()

    def _name_width(self) -> int:
        return name_width([d.name.get(self.lang) for d in self.session.questionnaire.dimensions])

    def action_change(self, step: int) -> None:
        gap = self._highlighted_gap()
        if gap is not None:
            level = min(
                self.session.questionnaire.max_level,
                max(self.session.questionnaire.min_level, gap.target_level + step),
            )
            self._set(gap.dimension, level)

    def action_reset(self) -> None:
        gap = self._highlighted_gap()
        if gap is not None:
            self._set(gap.dimension, None)

    def _highlighted_gap(self) -> DimensionGap | None:
        option = self.query_one(TargetList).highlighted_option
        if self.data is None or option is None:
            return None
        return next(g for g in self.gaps() if g.dimension == option.id)

    def _set(self, dimension_id: str, level: int | None) -> None:
        try:
            self.session.set_target(dimension_id, level)
        except AssessError as exc:
            self.app.report_error(exc)
        self.fill()


class TargetList(OptionList):
    """The dimensions; left and right change the target instead of scrolling."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action not in ("scroll_left", "scroll_right")
