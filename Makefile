# Two commands matter: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench fuzz docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# Byte-compile our sources once, as pip does for installed packages: with
	# PYTHONDONTWRITEBYTECODE set, every start would compile them again.
	$(BIN)/python -m compileall -q src templates
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/campaign check plans/
	$(BIN)/campaign overdue plans/ --within 14

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# 100,000 fresh mutated plans through every command (about an hour); see docs/reliability.md.
fuzz: $(STAMP)
	CAMPAIGN_FUZZ_EXAMPLES=100000 $(BIN)/pytest tests/test_properties.py -p no:cacheprovider --hypothesis-show-statistics

docs: $(STAMP)
	$(BIN)/campaign schema -o plans/campaign.schema.json
	$(BIN)/python -m campaigntool.guide docs/guide.zh-CN.md

bench: $(STAMP)
	$(BIN)/python -m compileall -q src templates
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .mypy_cache .pytest_cache .ruff_cache
