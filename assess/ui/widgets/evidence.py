"""The evidence basis of an answer: belief, example or artefact (keys b / e / a, or a click)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from assess.ui.messages import EvidenceChosen

EVIDENCE_KEYS = {"belief": "b", "example": "e", "artefact": "a"}


class EvidencePicker(Static):
    """One line of three chips; the chosen one stands out."""

    def show(self, label: str, names: dict[str, str], chosen: str | None) -> None:
        """`names` maps each evidence kind to its label in the current language."""
        parts: list[Content | str | tuple[str, str]] = [(f"{label}  ", "bold")]
        for kind, key in EVIDENCE_KEYS.items():
            style = "bold reverse $success" if kind == chosen else "$text"
            chip = Content.assemble((f" {key} ", "bold $accent"), (f"{names[kind]} ", style))
            parts += [chip.stylize(f"@click=pick('{kind}')"), "  "]
        self.update(Content.assemble(*parts))

    def action_pick(self, kind: str) -> None:
        self.post_message(EvidenceChosen(kind))
