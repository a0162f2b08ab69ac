"""fontTools' subsetter and variable-font instancer, imported only if WeasyPrint ever uses them.

WeasyPrint imports both when it starts, with everything they need (OpenType table classes,
varLib, lxml…): some 290M instructions, a sixth of getting a PDF worker ready. It uses them
only to subset fonts without HarfBuzz and to flatten variable fonts; with HarfBuzz and Noto Sans
CJK, never. While WeasyPrint is imported, each of them is a stand-in that imports the real
module the first time something of it is used.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

DEFERRED = {  # module → the names WeasyPrint imports from it (the rest is read when used)
    "fontTools.subset": (),
    "fontTools.varLib.instancer": ("instantiateVariableFont",),
}


@contextlib.contextmanager
def fonttools_deferred() -> Iterator[None]:
    """While this lasts, importing the modules of DEFERRED gives stand-ins for them."""
    placed = {
        name: _stand_in(name, names) for name, names in DEFERRED.items() if name not in sys.modules
    }
    sys.modules.update(placed)
    try:
        yield
    finally:
        for name, stand_in in placed.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def _stand_in(name: str, names: tuple[str, ...]) -> ModuleType:
    module = ModuleType(name, f"Stands in for {name} until it is used.")

    def attribute_of_real(attribute: str) -> Any:
        if attribute.startswith("__"):  # what the import system asks of any module (__path__…)
            raise AttributeError(attribute)
        return getattr(_real(name, module), attribute)

    module.__getattr__ = attribute_of_real  # type: ignore[method-assign]
    for function in names:
        setattr(module, function, _forwarder(name, module, function))
    return module


def _forwarder(name: str, stand_in: ModuleType, function: str) -> Callable[..., Any]:
    def forward(*args: Any, **options: Any) -> Any:
        return getattr(_real(name, stand_in), function)(*args, **options)

    return forward


def _real(name: str, stand_in: ModuleType) -> ModuleType:
    if sys.modules.get(name) is stand_in:
        del sys.modules[name]
    return importlib.import_module(name)
