# Wijkbot — the two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
export WIJKBOT_TEST_MODEL_DIR ?= $(CURDIR)/var/model

.PHONY: install model run chat test lint typecheck unit bench clean

install: $(STAMP) model ## build .venv and the trained model (idempotent)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

model: $(STAMP) ## train the NLP pipeline unless a trained one is there
	@$(BIN)/python -c "import sys; from wijkbot.settings import get_settings as g; \
	  from nlp.train import is_current; sys.exit(not is_current(g().model_path))" \
	  && echo "model: $$($(BIN)/python -c 'from wijkbot.settings import get_settings as g; print(g().model_path)') is trained" \
	  || $(BIN)/wijkbot nlp train

run: install ## migrate, seed the demo municipality, start the assistant
	$(BIN)/wijkbot db upgrade
	$(BIN)/wijkbot seed
	$(BIN)/wijkbot serve

chat: install ## the assistant in the terminal
	$(BIN)/wijkbot db upgrade
	$(BIN)/wijkbot seed
	$(BIN)/wijkbot chat

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: install lint ## set up and run the whole suite, lint included
	$(BIN)/pytest

unit: $(STAMP) ## the fast core tests only
	$(BIN)/pytest tests/core -q

bench: install ## benchmarks (not tests): throughput, time per stage; quality too with DEVSET=labelled.jsonl
	@if [ -n "$(DEVSET)" ]; then $(BIN)/python -m bench.nlp_baseline "$(DEVSET)"; \
	  else echo "bench: quality comparison skipped (make bench DEVSET=labelled.jsonl)"; fi
	$(BIN)/python -m bench.throughput
	$(BIN)/python -m bench.stages
	$(BIN)/python -m bench.load

clean:
	rm -rf $(VENV) var build *.egg-info
