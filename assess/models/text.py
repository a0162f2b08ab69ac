"""Bilingual text: every string a person reads exists in zh-CN and en."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class Strict(BaseModel):
    """Base for all file-backed models: unknown keys are errors, instances are immutable, and a
    number is finite (``.inf`` and ``.nan`` would pass every bound, then break every score)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Text(Strict):
    """A text in the questionnaire's languages (declared in its ``languages``): Chinese,
    English, or both. Asked for in a language it lacks, it gives the other one."""

    zh: str | None = Field(None, min_length=1, description="Simplified Chinese (zh-CN)")
    en: str | None = Field(None, min_length=1, description="English")

    @model_validator(mode="after")
    def _some_text(self) -> Text:
        if self.zh is None and self.en is None:
            raise ValueError("the text is empty: write it as {zh: …, en: …} or {en: …}")
        return self

    def get(self, lang: Lang) -> str:
        found = self.zh if lang == "zh" else self.en
        return found if found is not None else (self.en or self.zh or "")

    def has(self, lang: Lang) -> bool:
        return (self.zh if lang == "zh" else self.en) is not None
