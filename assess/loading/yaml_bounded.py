"""A YAML loader that refuses documents nested too deeply before they can exhaust the stack.

libyaml's own composer recurses in C for every level of nesting: a file of 100,000 ``[`` ends
the process with a segmentation fault. This loader reads libyaml's events (fast, iterative) and
composes them with PyYAML's Python composer, counting the depth as it goes.
"""

from __future__ import annotations

from typing import Any

from yaml import Node
from yaml._yaml import CParser
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from assess.loading.yaml_source import MAX_DEPTH


class TooDeep(Exception):
    """The document nests deeper than MAX_DEPTH."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class BoundedLoader(Composer, CParser, SafeConstructor, Resolver):
    """Events from libyaml, composed by PyYAML's composer with a depth limit, safely built."""

    def __init__(self, text: str) -> None:
        CParser.__init__(self, text)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise TooDeep(self._line())
            node: Node | None = super().compose_node(parent, index)
            return node
        finally:
            self._depth -= 1

    def _line(self) -> int:
        mark = getattr(self.peek_event(), "start_mark", None)
        return int(getattr(mark, "line", 0)) + 1
