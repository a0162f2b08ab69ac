"""Run every benchmark in bench/ (`make bench`) and print its figures against PRODUCT.md §5 budgets.

Each module named `*_bench.py` here defines `run() -> list[str]`, one printed line per figure,
e.g. "report zh (demo, end to end): median 1.21 s (budget 2.0 s)".
"""

from __future__ import annotations

import compileall
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def compile_package() -> None:
    """Write the package's bytecode first, as installing it does (pip compiles every module).

    The checkout is installed in editable mode, and where PYTHONDONTWRITEBYTECODE is set (as on
    this dev machine) Python never saves bytecode for it: each timed run would otherwise compile
    some 150 modules again, about 0.3 s that no installed copy ever pays.
    """
    compileall.compile_dir(HERE.parent / "assess", quiet=1)


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    compile_package()
    for path in sorted(HERE.glob("*_bench.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module  # so that its functions can be pickled (process pools)
        spec.loader.exec_module(module)
        for line in module.run():
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
