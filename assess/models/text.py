"""Bilingual text: every string a person reads exists in zh-CN and en."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class Strict(BaseModel):
    """Base for all file-backed models: unknown keys are errors, instances are immutable, and a
    number is finite (``.inf`` and ``.nan`` would pass every bound, then break every score)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Text(Strict):
    """A text in both languages; neither may be empty."""

    zh: str = Field(min_length=1, description="Simplified Chinese (zh-CN)")
    en: str = Field(min_length=1, description="English")

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en
