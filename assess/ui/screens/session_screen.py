"""Screens over the open session; some compute their content (scores, plans) in a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from textual import work

from assess.errors import AssessError
from assess.ui.screens.base import AssessScreen
from assess.ui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from assess.models.assessment import Assessment
    from assess.ui.session import Session

Data = TypeVar("Data")


class SessionScreen(AssessScreen):
    """A screen about the open workspace and the person answering in it."""

    TITLE_KEY: ClassVar[str | None] = None  # None: the questionnaire's own title

    def __init__(self, session: Session | None) -> None:
        super().__init__()
        if session is None:
            raise ValueError(f"{type(self).__name__} needs an open session")
        self.session = session

    def title_bar(self) -> TitleBar:
        """The title bar: this screen's title, the organization and the respondent."""
        context = f"{self.session.engagement().organization} · {self.session.respondent_name}"
        if self.TITLE_KEY is None:
            return TitleBar(self.session.questionnaire.title.get(self.lang), context)
        return TitleBar(self.t(self.TITLE_KEY), context)


class ComputedScreen(SessionScreen, Generic[Data]):
    """A session screen whose content a worker thread computes (scores, plans).

    The engagement is read here, on the app's thread; the worker only computes from it.
    """

    data: Data | None = None

    def on_mount(self) -> None:
        try:
            assessment = self.session.assessment()
        except AssessError as exc:
            self.failed(str(exc))
            return
        self._start(assessment)

    @work(thread=True, exclusive=True, group="compute")
    def _start(self, assessment: Assessment) -> None:
        try:
            data = self.compute(assessment)
        except AssessError as exc:
            self.app.call_from_thread(self.failed, str(exc))
            return
        self.app.call_from_thread(self._loaded, data)

    def compute(self, assessment: Assessment) -> Data:
        """Runs in the worker thread."""
        raise NotImplementedError

    def _loaded(self, data: Data) -> None:
        self.data = data
        self.fill()

    def failed(self, problem: str) -> None:
        self.notify(self.t("error", error=problem), severity="error", timeout=10)
