"""Compute a pseudo-element's style when it is asked for, not for every element in advance.

WeasyPrint 70's default stylesheet gives every element the pseudo-elements ::marker,
::footnote-call, ::footnote-marker, ::note-call, ::note-marker and ::note-callback, and WeasyPrint
computes all six styles for every element before it builds a box. Only list items use a marker,
and only footnotes and notes the other five: in the report, some 13,000 styles were computed for
nothing. Here each is kept as WeasyPrint cascaded it and computed on its first use. A
pseudo-element that names an anchor is computed at once, as before, since anchors are collected
while styles are computed.
"""

from __future__ import annotations

from typing import Any

DEFERRED = "_assess_deferred"
RARELY_USED = frozenset(
    ("marker", "footnote-call", "footnote-marker", "note-call", "note-marker", "note-callback")
)


def defer_pseudo_element_styles() -> None:
    """Make WeasyPrint compute those styles on first use (WeasyPrint 70 is imported)."""
    from weasyprint.css import StyleFor

    if hasattr(StyleFor.set_computed_styles, "at_once"):
        return
    compute, look_up = StyleFor.set_computed_styles, StyleFor.__call__

    def set_computed_styles(
        styles: Any,
        element: Any,
        parent: Any,
        root: Any = None,
        pseudo_type: Any = None,
        base_url: Any = None,
        target_collector: Any = None,
    ) -> None:
        cascaded = styles._cascaded_styles.get((element, pseudo_type), {})
        arguments = (element, parent, root, pseudo_type, base_url, target_collector)
        if pseudo_type not in RARELY_USED or "anchor" in cascaded:
            compute(styles, *arguments)
        else:
            vars(styles).setdefault(DEFERRED, {})[element, pseudo_type] = (cascaded, arguments)

    def style_for(styles: Any, element: Any, pseudo_type: Any = None) -> Any:
        if pseudo_type in RARELY_USED:
            waiting = vars(styles).get(DEFERRED, {}).pop((element, pseudo_type), None)
            if waiting is not None:
                _compute_now(styles, compute, *waiting)
        return look_up(styles, element, pseudo_type)

    set_computed_styles.at_once = compute  # type: ignore[attr-defined]
    StyleFor.set_computed_styles = set_computed_styles
    StyleFor.__call__ = style_for


def _compute_now(styles: Any, compute: Any, cascaded: Any, arguments: tuple[Any, ...]) -> None:
    """Compute a deferred style from what was cascaded for it (WeasyPrint has let go of that)."""
    element, pseudo_type = arguments[0], arguments[3]
    styles._cascaded_styles[element, pseudo_type] = cascaded
    try:
        compute(styles, *arguments)
    finally:
        del styles._cascaded_styles[element, pseudo_type]
