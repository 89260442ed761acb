# Every target creates .venv on demand; only Python 3.11 and make are needed.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test bench bench-quick bench-scale lint screenshots package package-smoke clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m dorpsboek.ui.i18n build >/dev/null
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/dorpsboek gui

demo: $(STAMP)
	$(BIN)/dorpsboek gui --demo

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run_all --scale village

bench-quick: $(STAMP)
	$(BIN)/python -m benchmarks.run_all --scale small

# 1x, 3x and 10x a village in one go: benchmarks/results-scale.json and a growth table.
bench-scale: $(STAMP)
	$(BIN)/python -m benchmarks.growth --scales village 3x 10x

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

# The self-contained Linux one-folder app in dist/dorpsboek (Windows/macOS: see packaging/).
package: $(STAMP)
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/dorpsboek.spec

# Start the built app offscreen with the demo book and check it quits cleanly.
package-smoke: package
	$(BIN)/python packaging/smoke_test.py dist/dorpsboek/dorpsboek

clean:
	rm -rf $(VENV) build dist *.egg-info

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m dorpsboek.ui.screenshots screenshots
