# Two commands matter: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# yaml-language-server (VS Code's YAML support), for the editor tests; they
# are skipped when npm cannot install it (tests/test_editor.py looks here).
YLS := .cache/yls/node_modules/.bin/yaml-language-server

.PHONY: run test lint bench fuzz docs pages clean

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

test: lint $(YLS)
	$(BIN)/pytest

$(YLS):
	-npm install --silent --no-audit --no-fund --prefix .cache/yls yaml-language-server@1.25

# 100,000 fresh mutated plans through every command (and 10,000 generated plans through fmt),
# in two processes of 50,000 each, one per core; see docs/reliability.md.
fuzz: $(STAMP)
	@mkdir -p .cache/fuzz
	@echo "fuzz: 2 x 50,000 mutated plans; logs in .cache/fuzz/"
	@CAMPAIGN_FUZZ_EXAMPLES=50000 $(BIN)/pytest tests/test_properties.py -p no:cacheprovider \
		--hypothesis-show-statistics > .cache/fuzz/1.log 2>&1 & first=$$!; \
	CAMPAIGN_FUZZ_EXAMPLES=50000 $(BIN)/pytest tests/test_properties.py -p no:cacheprovider \
		--hypothesis-show-statistics > .cache/fuzz/2.log 2>&1; second=$$?; \
	wait $$first; first=$$?; \
	tail -n 25 .cache/fuzz/1.log .cache/fuzz/2.log; \
	exit $$(( first | second ))

docs: $(STAMP)
	$(BIN)/campaign schema -o plans/campaign.schema.json
	$(BIN)/python -m campaigntool.guide docs/guide.zh-CN.md
	$(BIN)/python -m campaigntool.rulepages docs/rules

bench: $(STAMP)
	$(BIN)/python -m compileall -q src templates
	$(BIN)/python -m bench.lsp
	$(BIN)/python -m bench.importer
	$(BIN)/python bench/run.py

# Every shipped plan as Word -> LibreOffice PDF, checked page by page (installs the tools if missing).
pages: $(STAMP)
	@command -v soffice >/dev/null && command -v pdftotext >/dev/null && fc-list :lang=zh | grep -q . || \
		(apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-writer fonts-noto-cjk poppler-utils)
	$(BIN)/python bench/pages.py

clean:
	rm -rf $(VENV) .cache build dist *.egg-info src/*.egg-info .mypy_cache .pytest_cache .ruff_cache
