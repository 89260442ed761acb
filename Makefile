# Every target creates .venv on demand; only Python 3.11 and make are needed.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Pinned with hashes for Python 3.11+ on Linux, Windows and macOS (make lock renews both):
# the app's own dependencies, and those plus the dev, test and build tools (PyInstaller too).
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
UV_VERSION := 0.13.9
UV_LOCK := --universal --generate-hashes --python-version 3.11 --quiet --custom-compile-command 'make lock'

.PHONY: lock version wheel wheel-smoke deb run demo test test-fast test-team-long bench bench-quick bench-scale bench-keys lint screenshots package package-smoke clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The locked versions first (hash-checked), then Dorpsboek itself with those build tools.
$(STAMP): $(BIN)/python pyproject.toml $(DEV_LOCK)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(DEV_LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m dorpsboek.ui.i18n build >/dev/null
	touch $(STAMP)

# Renew the lock: the newest versions pyproject.toml allows, for Python 3.11+ on every OS.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra package $(UV_LOCK) --upgrade -o $(DEV_LOCK)
	$(BIN)/uv pip compile pyproject.toml $(UV_LOCK) -c $(DEV_LOCK) -o $(LOCK)

# The one version (src/dorpsboek/__init__.py), e.g. for ISCC /DAppVersion=$$(make -s version).
version:
	@sed -n 's/^__version__ = "\(.*\)"/\1/p' src/dorpsboek/__init__.py

# The wheel (dist/dorpsboek-*.whl), built offline with the locked build tools.
wheel: $(STAMP)
	rm -f dist/dorpsboek-*.whl
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation --no-index -w dist .

# The wheel in a clean venv (locked dependencies, no checkout on the path), smoke-tested.
wheel-smoke: wheel
	rm -rf build/wheel-venv
	$(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install --quiet --require-hashes -r $(LOCK)
	build/wheel-venv/bin/python -m pip install --quiet --no-deps dist/dorpsboek-*.whl
	cd build && wheel-venv/bin/python ../packaging/smoke_test.py wheel-venv/bin/dorpsboek

run: $(STAMP)
	$(BIN)/dorpsboek gui

demo: $(STAMP)
	$(BIN)/dorpsboek gui --demo

test: $(STAMP)
	$(BIN)/python -m pytest

# Everyday lane: all but the tests marked slow (fault and scale runs). CI runs them all.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

# The team property test (three books, random edits and exchange orders) with 500 examples
# instead of CI's 20: about two minutes.
test-team-long: $(STAMP)
	DORPSBOEK_TEAM_EXAMPLES=500 $(BIN)/python -m pytest -q tests/team/test_convergence.py

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run_all --scale village

bench-quick: $(STAMP)
	$(BIN)/python -m benchmarks.run_all --scale small

# 1x, 3x and 10x a village in one go: benchmarks/results-scale.json and a growth table.
bench-scale: $(STAMP)
	$(BIN)/python -m benchmarks.growth --scales village 3x 10x

# The daily path typed into the real app (Xvfb + xdotool; apt: xvfb xdotool libxcb-cursor0).
bench-keys: $(STAMP)
	$(BIN)/python -m benchmarks.keys_daily_path --scale village

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

# The self-contained Linux one-folder app in dist/dorpsboek (Windows/macOS: see packaging/).
package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/dorpsboek.spec

# Start the built app offscreen with the demo book and check it quits cleanly.
package-smoke: package
	$(BIN)/python packaging/smoke_test.py dist/dorpsboek/dorpsboek

# The Debian package (dist/dorpsboek_<version>_<arch>.deb) from the PyInstaller folder.
# Uses the folder that make package (or package-smoke) built; builds it only when missing.
deb: $(STAMP)
	test -x dist/dorpsboek/dorpsboek || $(MAKE) package
	rm -f dist/dorpsboek_*.deb
	$(BIN)/python packaging/linux/build_deb.py dist/dorpsboek dist

clean:
	rm -rf $(VENV) build dist *.egg-info

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m dorpsboek.ui.screenshots screenshots
