"""Parse YAML keeping the line of every node, so each error can name its line.

PyYAML is imported when a text is parsed, not with this module: `assess report` reads a
workspace's questionnaire back parsed (`kept_parses`) and never needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assess.errors import BadInput
from assess.files.inputs import QUESTIONNAIRE_LIMIT, decode_text, read_input

if TYPE_CHECKING:
    import yaml

Loc = tuple[str | int, ...]
MAX_DEPTH = 64  # the questionnaire schema nests 7 levels deep
MAX_NODES = 200_000  # the built-in questionnaire holds 1,700 values, its catalogue 3,400


@dataclass
class YamlDocument:
    """Parsed YAML data plus a map from each path to its 1-based line."""

    source: str
    data: Any
    lines: dict[tuple[str, ...], int] = field(default_factory=dict)

    def line_of(self, loc: Sequence[str | int]) -> int | None:
        """Line of the deepest known node on the path."""
        keys = tuple(str(part) for part in loc)
        for end in range(len(keys), -1, -1):
            if keys[:end] in self.lines:
                return self.lines[keys[:end]]
        return None


def read_text(path: Path) -> str:
    """A questionnaire, roadmap or response file's text (UTF-8 or UTF-16), within the size limit;
    missing, binary, oversized and empty files are refused with a clear message."""
    text = decode_text(read_input(path, limit=QUESTIONNAIRE_LIMIT, what="a YAML file"), str(path))
    if not text.strip():
        raise BadInput.one(path, "the file is empty", fix="write the content or pass another file")
    return text


def parse_yaml(text: str, source: str) -> YamlDocument:
    """Parse one YAML document; syntax errors, duplicate keys and documents too deep or too large
    once their aliases are expanded (an "alias bomb") become BadInput."""
    import yaml

    from assess.loading.yaml_bounded import BoundedLoader, TooDeep

    loader = BoundedLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise BadInput.one(source, "the file holds no YAML document", fix="write the content")
        document = YamlDocument(source, None)
        _index_lines(node, document.lines, source)
        document.data = loader.construct_document(node)
    except TooDeep as exc:
        raise _too_deep(source, exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        raise BadInput.one(
            source, f"YAML syntax error: {problem}", line=line, fix="correct the YAML syntax"
        ) from None
    except yaml.YAMLError as exc:
        raise BadInput.one(source, f"YAML error: {exc}", fix="correct the YAML syntax") from None
    except ValueError as exc:  # a number of thousands of digits, a date out of range…
        raise BadInput.one(source, unreadable_value(exc), fix="correct the value") from None
    finally:
        loader.dispose()
    return document


def load_yaml(path: Path) -> YamlDocument:
    return parse_yaml(read_text(path), str(path))


def _index_lines(root: yaml.Node, lines: dict[tuple[str, ...], int], source: str) -> None:
    """Record the line of every node, walking the document as its data will be (aliases
    expanded): a document that expands beyond MAX_NODES or MAX_DEPTH is refused here, before
    anything builds its data."""
    import yaml

    stack: list[tuple[yaml.Node, tuple[str, ...]]] = [(root, ())]
    while stack:
        node, loc = stack.pop()
        lines[loc] = node.start_mark.line + 1
        if len(lines) > MAX_NODES:
            raise BadInput.one(
                source,
                f"the document holds more than {MAX_NODES:,} values once its aliases (*name) "
                "are expanded",
                fix="write the repeated parts out, or use fewer nested aliases",
            )
        if len(loc) > MAX_DEPTH:
            raise _too_deep(source, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in seen:
                    raise BadInput.one(
                        source,
                        f"duplicate key '{key}'",
                        place=format_loc(loc),
                        line=key_node.start_mark.line + 1,
                        fix="keep one of the two entries",
                    )
                seen.add(key)
                stack.append((value_node, (*loc, key)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*loc, str(i))) for i, item in enumerate(node.value))


def unreadable_value(exc: ValueError) -> str:
    """What a ValueError from building a value means to the person who wrote it."""
    if "digits" in str(exc):
        return "a number is thousands of digits long"
    return f"a value cannot be read ({exc})"


def _too_deep(source: str, line: int | None) -> BadInput:
    return BadInput.one(
        source,
        f"the document nests more than {MAX_DEPTH} levels deep, or an alias refers to itself",
        line=line,
        fix="flatten the structure",
    )


def format_loc(loc: Sequence[str | int]) -> str:
    """Render a path as `questions[3].options[0].text`."""
    out = ""
    for part in loc:
        if isinstance(part, int) or (isinstance(part, str) and part.isdigit() and out):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"
