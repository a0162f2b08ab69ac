# Two commands from a clean clone: `make demo` and `make test`. Both set everything up first.
PY := .venv/bin/python
SETUP := bash tools/bootstrap.sh
DEMO_DIR ?= demo-output

.PHONY: demo test quick golden lint typecheck pytest bench setup setup-dev clean

setup:
	@$(SETUP) runtime

setup-dev:
	@$(SETUP) dev

demo: setup
	@$(PY) -m assess demo -o $(DEMO_DIR)

test: setup-dev lint typecheck pytest

lint:
	.venv/bin/ruff check assess tests bench
	.venv/bin/ruff format --check assess tests bench
	.venv/bin/lint-imports

typecheck:
	.venv/bin/mypy

pytest:
	$(PY) -m pytest -q -n 2

# The fast tests only (no process started, no PDF rendered): under 30 s, for while you work.
quick: setup-dev
	$(PY) -m pytest -q -n 2 -m "not slow"

# Write the report's golden files (tests/golden/) anew after a deliberate change; review the diff.
golden: setup-dev
	$(PY) -m tests.golden_files

bench: setup-dev
	$(PY) bench/run.py

clean:
	rm -rf .venv .mypy_cache .ruff_cache .pytest_cache .hypothesis $(DEMO_DIR)
