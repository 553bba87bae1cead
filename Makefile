# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make demo   creates .venv, installs listenwell, builds the sample study, writes a report
#   make test   installs what the tests need (Python and Debian packages) and runs them
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEMO_WS ?= demo-workspace

.PHONY: demo test install install-test system-deps bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch first, pinned: the CPU build on disk, not a multi-GB CUDA build.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test system-deps

system-deps:
	bash scripts/system-deps.sh

demo: install
	rm -rf $(DEMO_WS)
	$(VENV)/bin/listenwell -w $(DEMO_WS) demo

test: install-test
	$(PY) -m pytest -q -p no:cacheprovider

bench: install
	$(PY) -m pip install -q -e '.[bench]'
	for b in benchmarks/*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) $(DEMO_WS) build *.egg-info src/*.egg-info
