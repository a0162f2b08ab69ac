"""Errors a user can act on: each names the file, the place and the fix."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file."""

    file: str
    place: str
    message: str
    fix: str = ""
    line: int | None = None

    def render(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.place:
            where += f" at {self.place}"
        text = f"{where}: {self.message}"
        if self.fix:
            text += f" (fix: {self.fix})"
        return text


class AssessError(Exception):
    """Base class for errors shown to the user without a traceback."""

    exit_code = 1


class BadInput(AssessError):
    """The user gave input we cannot use; exit code 2."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.render() for p in problems))

    def shown(self, limit: int = 20) -> str:
        """The first ``limit`` problems, one per line, then how many more there are."""
        lines = [p.render() for p in self.problems[:limit]]
        hidden = len(self.problems) - limit
        if hidden > 0:
            lines.append(f"… and {hidden:,} more problems (fix these and run again to see them)")
        elif len(self.problems) > 1:
            lines.append(f"{len(self.problems)} problems")
        return "\n".join(lines)

    def __reduce__(self) -> tuple[type[BadInput], tuple[list[Problem]]]:
        return type(self), (self.problems,)  # so it can cross to another process

    @classmethod
    def one(
        cls,
        file: str | Path,
        message: str,
        *,
        place: str = "",
        fix: str = "",
        line: int | None = None,
    ) -> BadInput:
        return cls([Problem(str(file), place, message, fix, line)])
