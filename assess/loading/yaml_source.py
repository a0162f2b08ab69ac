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

if TYPE_CHECKING:
    import yaml

Loc = tuple[str | int, ...]


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
    """Read a UTF-8 text file, refusing missing, binary and empty files with a clear message."""
    if not path.is_file():
        raise BadInput.one(path, "file not found", fix="check the path")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise BadInput.one(path, "this is a binary file, not text", fix="pass the YAML/JSON file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput.one(
            path, f"not valid UTF-8 (byte {exc.start})", fix="save the file as UTF-8"
        ) from None
    if not text.strip():
        raise BadInput.one(path, "the file is empty", fix="write the content or pass another file")
    return text


def parse_yaml(text: str, source: str) -> YamlDocument:
    """Parse one YAML document; syntax errors and duplicate keys become BadInput."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise BadInput.one(source, "the file holds no YAML document", fix="write the content")
        document = YamlDocument(source, None)
        _index_lines(node, (), document.lines, source)
        document.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        raise BadInput.one(
            source, f"YAML syntax error: {problem}", line=line, fix="correct the YAML syntax"
        ) from None
    except yaml.YAMLError as exc:
        raise BadInput.one(source, f"YAML error: {exc}", fix="correct the YAML syntax") from None
    finally:
        loader.dispose()
    return document


def load_yaml(path: Path) -> YamlDocument:
    return parse_yaml(read_text(path), str(path))


def _index_lines(
    node: yaml.Node, loc: tuple[str, ...], lines: dict[tuple[str, ...], int], source: str
) -> None:
    import yaml

    lines[loc] = node.start_mark.line + 1
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
            _index_lines(value_node, (*loc, key), lines, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index_lines(item, (*loc, str(index)), lines, source)


def format_loc(loc: Sequence[str | int]) -> str:
    """Render a path as `questions[3].options[0].text`."""
    out = ""
    for part in loc:
        if isinstance(part, int) or (isinstance(part, str) and part.isdigit() and out):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"
