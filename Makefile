# Two commands matter: `make demo` and `make test`. Both set the machine up first.
.PHONY: setup demo test lint bench samples clean

VENV := .venv/bin
DEMO_HOME ?= demo-data

setup:
	@bash scripts/setup.sh

demo: setup
	@bash scripts/demo.sh "$(DEMO_HOME)"

test: setup
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .
	$(VENV)/pytest -q

lint: setup
	$(VENV)/ruff check . && $(VENV)/ruff format --check .

# Regenerates the small committed sample set (deterministic for a seed).
samples: setup
	$(VENV)/caseclerk samples generate samples/corpus --n 12 --seed 7 --clean

bench: setup
	@bash bench/run.sh

clean:
	rm -rf .venv .tools .pytest_cache .ruff_cache $(DEMO_HOME) bench/out
