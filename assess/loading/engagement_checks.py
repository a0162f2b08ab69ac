"""Does an engagement fit its questionnaire (targets, profile, form)? For workspaces and
response files alike."""

from __future__ import annotations

from assess.models import Engagement, Questionnaire

Problem = tuple[str, str, str]  # place, message, fix


def target_problem(q: Questionnaire, dimension_id: str, level: int) -> Problem | None:
    """Why a target level does not fit the questionnaire, or None."""
    dimension_ids = [d.id for d in q.dimensions]
    if dimension_id not in dimension_ids:
        return (
            f"targets.{dimension_id}",
            f"unknown dimension {dimension_id!r}",
            f"use one of {', '.join(dimension_ids)}",
        )
    levels = sorted(lv.value for lv in q.levels)
    if level not in levels:
        return (
            f"targets.{dimension_id}",
            f"level {level} is not a level of questionnaire {q.id!r}",
            f"use one of {', '.join(str(v) for v in levels)}",
        )
    return None


def engagement_problems(q: Questionnaire, engagement: Engagement) -> list[Problem]:
    """Why the engagement's targets, profile or form do not fit the questionnaire."""
    found = [target_problem(q, dim, level) for dim, level in engagement.targets.items()]
    if engagement.profile is not None:
        found.append(_declared(q, "profile", engagement.profile, [p.id for p in q.profiles]))
    if engagement.form is not None:
        found.append(_declared(q, "form", engagement.form, [f.id for f in q.forms]))
    return [f for f in found if f is not None]


def _declared(q: Questionnaire, what: str, given: str, declared: list[str]) -> Problem | None:
    if given in declared:
        return None
    fix = f"use one of {', '.join(declared)}" if declared else f"leave the {what} out"
    return what, f"questionnaire {q.id!r} declares no {what} {given!r}", fix
