# communique — GNU make build.
#   make          build build/communique
#   make run      convert every file in input/ into output/
#   make check    unit, golden and CLI tests (TAP; ends with "N passed, N failed")
#   make eval     score extraction against the hand-annotated gold set
#   make deps     check (and, as root on Debian, install) the build dependencies
#   make screenshots  retake the README's screenshots (headless Chromium)

VERSION   := 0.1.0
CC        ?= cc
CFLAGS    ?= -O2 -g
WARNINGS  := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wformat=2
PKGS      := libxml-2.0 libxslt libexslt jansson libexttextcat libutf8proc poppler-glib nettle
DEB_PKGS  := build-essential pkg-config libxml2-dev libxslt1-dev libjansson-dev iso-codes \
             libexttextcat-dev libexttextcat-data libutf8proc-dev libstemmer-dev libpoppler-glib-dev nettle-dev
# Only make check needs these: xmllint (Atom against its RELAX NG schema)
# and Debian's JSON Schema validator (JSON Feed), groff (the man page).
TEST_DEB_PKGS := libxml2-utils python3-jsonschema xsltproc groff-base tidy chromium chromium-driver zsh
ISO_JSON  ?= /usr/share/iso-codes/json/iso_3166-1.json
ISO_LOCALE_DIR ?= /usr/share/locale
SCHEMA_DIR ?= $(CURDIR)/schema
# make install: the program finds its assets in $(PREFIX)/share/communique
# beside itself (src/assets.h), so DESTDIR staging and moved trees work.
PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
DATADIR   ?= $(PREFIX)/share
MANDIR    ?= $(DATADIR)/man
ASSETS    := $(wildcard schema/*.xsd schema/*.xsl schema/*.schema.json)

BUILD := build
# The libraries' flags come from $(BUILD)/pkg.mk, which make remakes
# before anything else at every run: it checks the dependencies first
# (`make deps`, which installs them as root on Debian), then records
# pkg-config's answers, and make reads it again when they changed.  So the
# first `make run` on a bare machine builds, and a package removed later
# stops the next build with the deps message instead of a compiler error.
NO_PKG_GOALS := clean deps test-deps
ifeq ($(filter $(NO_PKG_GOALS),$(MAKECMDGOALS)),)
include $(BUILD)/pkg.mk
endif
# libexttextcat's language fingerprints (libexttextcat-data).
TEXTCAT_DIR ?= $(or $(PKG_TEXTCAT_DIR),/usr/share/libexttextcat)
ALL_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARNINGS) $(PKG_CFLAGS) \
              -DCOMMUNIQUE_VERSION='"$(VERSION)"' -DCOMMUNIQUE_SCHEMA_DIR='"$(SCHEMA_DIR)"' \
              -DCOMMUNIQUE_TEXTCAT_DIR='"$(TEXTCAT_DIR)"' \
              -Isrc -Ibuild $(CFLAGS)

LIB_SRC := src/assets.c src/batch.c src/help.c src/diag.c src/strbuf.c src/sha256.c src/utf8.c src/rawtext.c src/binformat.c src/pdftext.c src/htmltext.c src/normalise.c src/unflatten.c \
           src/phrases.c src/phrase_index.c src/recognise.c src/classify.c src/dates.c src/countries.c src/language.c \
           src/statement.c src/extract.c src/extract_country.c src/extract_elections.c \
           src/extract_alignment.c src/extract_author.c src/extract_issuer.c src/extract_mentions.c \
           src/extract_social.c \
           src/link.c src/feed.c src/xmlbuild.c src/xmldoc.c src/sandbox.c src/xslfunc.c src/render.c src/output.c src/spool.c src/arena.c src/sidecar.c
LIB_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/%.o) $(BUILD)/countries_table.o
BIN := $(BUILD)/communique

UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

FUZZ_HARNESSES := convert validate render
REPLAYS := $(FUZZ_HARNESSES:%=$(BUILD)/tests/replay-%)
FUZZ_COMMON := tests/fuzz/fuzz_assets.c tests/fuzz/fuzz.h

.PHONY: all install uninstall run bench screenshots check check-tsan test-deps check-asan check-valgrind deps clean golden eval fuzz fuzz-build fuzz-coverage

all: $(BIN)

# Dependencies: checked every build; installed only when asked (make deps)
# or by `make run` / `make check` on a machine that lacks them.
deps:
	@textcat=$$(pkg-config --variable=pkgdatadir libexttextcat 2>/dev/null); \
	present() { pkg-config --exists $(PKGS) && [ -r $(ISO_JSON) ] && \
	    [ -r "$${textcat:-/usr/share/libexttextcat}/fpdb.conf" ] && \
	    [ -r /usr/include/libstemmer.h ] && command -v $(CC) >/dev/null; }; \
	if present; then \
	  [ -n "$(DEPS_QUIET)" ] || echo "deps: $(PKGS), iso-codes and the language fingerprints present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "deps: installing $(DEB_PKGS)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEB_PKGS) && \
	  { textcat=$$(pkg-config --variable=pkgdatadir libexttextcat 2>/dev/null); present || \
	    { echo "deps: still missing after apt-get install: $(DEB_PKGS)" >&2; exit 1; }; }; \
	else \
	  echo "deps: missing; run: sudo apt-get install $(DEB_PKGS)" >&2; exit 1; \
	fi

$(BUILD)/pkg.mk: FORCE
	@DEPS_QUIET=1 $(MAKE) --no-print-directory deps
	@mkdir -p $(BUILD)
	@{ echo "PKG_CFLAGS := $$(pkg-config --cflags $(PKGS))"; \
	   echo "PKG_LIBS := $$(pkg-config --libs $(PKGS))"; \
	   echo "PKG_TEXTCAT_DIR := $$(pkg-config --variable=pkgdatadir libexttextcat)"; } > $@.tmp
	@cmp -s $@.tmp $@ || mv $@.tmp $@; rm -f $@.tmp

FORCE:

# Test tools: installed as root on Debian; elsewhere the tests that need
# them are reported as skipped.
test-deps:
	@if command -v xmllint >/dev/null && command -v xsltproc >/dev/null && command -v groff >/dev/null && command -v tidy >/dev/null && command -v zsh >/dev/null \
	    && [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then \
	  :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "test-deps: installing $(TEST_DEB_PKGS)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TEST_DEB_PKGS); \
	else \
	  echo "test-deps: missing (their tests are skipped); run: sudo apt-get install $(TEST_DEB_PKGS)" >&2; \
	fi

# Country names in every language iso-codes ships (its gettext catalogues),
# stemmed with libstemmer at build time (the program does not link it).
ISO_MO    := $(sort $(wildcard $(ISO_LOCALE_DIR)/*/LC_MESSAGES/iso_3166-1.mo))

$(BUILD)/gencountries: src/gen/gencountries.c src/utf8.c src/utf8.h
	$(CC) $(ALL_CFLAGS) -o $@ src/gen/gencountries.c src/utf8.c $(PKG_LIBS) -lstemmer

$(BUILD)/countries_table.c: $(BUILD)/gencountries $(ISO_JSON) src/countries_aliases.tsv $(ISO_MO)
	$(BUILD)/gencountries $(ISO_JSON) src/countries_aliases.tsv $(ISO_MO) > $@.tmp && mv $@.tmp $@

$(BUILD)/countries_table.o: $(BUILD)/countries_table.c src/countries.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/%.o: src/%.c $(wildcard src/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/libcommunique.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BIN): $(BUILD)/main.o $(BUILD)/libcommunique.a
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(PKG_LIBS) $(LDFLAGS)

run: $(BIN)
	@mkdir -p output
	$(BIN) convert -o output input/
	$(BIN) feed -o output output/
	@echo "run: $$(ls output | wc -l) files in output/ (open output/index.html)"

$(BUILD)/tests/%: tests/unit/%.c tests/unit/tap.h $(BUILD)/libcommunique.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(BUILD)/libcommunique.a $(PKG_LIBS) $(LDFLAGS)

# Each fuzz harness is also built as a plain program that replays files
# through it: make check runs the committed corpus (tests/fuzz/corpus).
$(BUILD)/tests/replay-%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(FUZZ_COMMON) $(BUILD)/libcommunique.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz -o $@ $< tests/fuzz/replay.c tests/fuzz/fuzz_assets.c \
	  $(BUILD)/libcommunique.a $(PKG_LIBS) $(LDFLAGS)

# The fault-injection shim (LD_PRELOAD) of tests/faults.sh.
$(BUILD)/tests/fault.so: tests/fault/fault.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARNINGS) -O1 -shared -fPIC -o $@ $< -ldl

$(BUILD)/tests/jsoncheck: tests/jsoncheck.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(PKG_LIBS)

$(BUILD)/tests/htmlcheck: tests/htmlcheck.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(PKG_LIBS)

$(BUILD)/tests/extract-match: tests/extract/match.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(PKG_LIBS)

$(BUILD)/tests/eval-score: tests/eval/score.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(PKG_LIBS)

# Per-field accuracy on tests/eval and on the real corpus in $(CORPUS)
# (gold files name their inputs; see tests/eval.sh): the tables, the
# gates, then every miss.  make check runs the same gates as one of its
# tests.
CORPUS ?= ../shared/corpus
EVAL_MIN ?= 0.95
eval: $(BIN) $(BUILD)/tests/eval-score
	@CORPUS=$(CORPUS) EVAL_MIN=$(EVAL_MIN) sh tests/eval.sh $(BIN) $(BUILD)/tests/eval-score $(BUILD)/eval; rc=$$?; \
	  for s in eval corpus; do [ -f $(BUILD)/eval/$$s.log ] && { echo "== $$s misses"; sed -n '/^misses:/,/^field/p' $(BUILD)/eval/$$s.log | sed '$$d'; }; done; \
	  exit $$rc

check: $(BIN) $(UNIT_TESTS) $(REPLAYS) $(BUILD)/tests/jsoncheck $(BUILD)/tests/htmlcheck $(BUILD)/tests/eval-score \
       $(BUILD)/tests/extract-match $(BUILD)/tests/fault.so
	@$(MAKE) --no-print-directory test-deps
	@CORPUS=$(CORPUS) EVAL_MIN=$(EVAL_MIN) sh tests/run.sh $(BIN) $(UNIT_TESTS)

# The whole suite again with AddressSanitizer + UndefinedBehaviorSanitizer
# (in its own build directory, so the normal build is left alone).
check-asan:
	COMMUNIQUE_TEST_SANITIZER=1 $(MAKE) BUILD=build/asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" check

# Throughput against the stock tools and the libxml2 floor (not a test:
# nothing in make check depends on machine speed).  BENCH_SIZES="1000"
# for a quick run.
bench: $(BIN)
	sh tests/bench/bench.sh $(BIN)

# The whole suite again under ThreadSanitizer: batches run on -j threads
# (the default: one per CPU) sharing the compiled schema and stylesheets;
# any data race in our code fails the run (halt_on_error, exit 66).
check-tsan:
	COMMUNIQUE_TEST_SANITIZER=1 TSAN_OPTIONS="halt_on_error=1 exitcode=66" $(MAKE) BUILD=build/tsan \
	  CFLAGS="-O1 -g -fsanitize=thread" LDFLAGS="-fsanitize=thread" check

# The whole suite with every test program and every run of communique
# under valgrind: any memory error or leak (definite, indirect or possible)
# makes that program exit 99, which fails its test.
VALGRIND := valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible \
            --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99
check-valgrind: $(BIN) $(UNIT_TESTS) $(REPLAYS) $(BUILD)/tests/jsoncheck $(BUILD)/tests/htmlcheck \
                $(BUILD)/tests/eval-score $(BUILD)/tests/extract-match
	@command -v valgrind >/dev/null || { echo "check-valgrind: valgrind is not installed" >&2; exit 1; }
	@mkdir -p $(BUILD)/valgrind
	@printf '#!/bin/sh\nexec %s %s "$$@"\n' "$(VALGRIND)" "$(CURDIR)/$(BIN)" > $(BUILD)/valgrind/communique
	@chmod +x $(BUILD)/valgrind/communique
	@RUN="$(VALGRIND)" TESTS_DIR=$(BUILD)/tests COMMUNIQUE_TEST_SLOW=1 \
	  sh tests/run.sh $(BUILD)/valgrind/communique $(UNIT_TESTS)

# libFuzzer harnesses (clang; Debian: clang, libclang-rt-14-dev), built with
# ASan + UBSan in build/fuzz.  FUZZ_SECONDS is per harness.  The working
# corpus grows in build/fuzz/corpus-NAME, seeded from input/, tests/eval and
# tests/fuzz/corpus; a crash is saved as build/fuzz/crash-NAME-* and the
# run fails.  Copy a crash into tests/fuzz/corpus/ once it is fixed.
FUZZ_SECONDS ?= 60
# Inputs up to 1 MiB, and any one taking over FUZZ_TIMEOUT seconds is a
# finding: super-linear time shows only on inputs far larger than the
# few KB libFuzzer would otherwise try.
FUZZ_MAX_LEN ?= 1048576
FUZZ_TIMEOUT ?= 10
FUZZ_CC ?= clang
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
fuzz-build:
	$(MAKE) --no-print-directory BUILD=build/fuzz CC=$(FUZZ_CC) \
	  CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link $(FUZZ_SAN)" \
	  LDFLAGS="$(FUZZ_SAN)" $(FUZZ_HARNESSES:%=build/fuzz/fuzz-%)

$(BUILD)/fuzz-%: tests/fuzz/fuzz_%.c $(FUZZ_COMMON) $(BUILD)/libcommunique.a
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -Itests/fuzz -o $@ $< tests/fuzz/fuzz_assets.c \
	  $(BUILD)/libcommunique.a $(PKG_LIBS) $(LDFLAGS)

# Seeds and dictionary per harness, shared by fuzz and fuzz-coverage.
FUZZ_SEEDS_convert  := input tests/eval/input tests/fuzz/corpus/raw
FUZZ_SEEDS_validate := tests/golden tests/fuzz/corpus/xml
FUZZ_SEEDS_render   := tests/golden tests/fuzz/corpus/xml
FUZZ_DICT_validate  := -dict=tests/fuzz/xml.dict
FUZZ_DICT_render    := -dict=tests/fuzz/xml.dict

define fuzz_one
	@mkdir -p build/fuzz/corpus-$(1)
	@echo "fuzz: $(1) for $(FUZZ_SECONDS) s"
	@build/fuzz/fuzz-$(1) -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
	  -max_len=$(FUZZ_MAX_LEN) -rss_limit_mb=2048 \
	  -close_fd_mask=2 -print_final_stats=1 $(FUZZ_DICT_$(1)) -artifact_prefix=build/fuzz/crash-$(1)- \
	  build/fuzz/corpus-$(1) $(FUZZ_SEEDS_$(1)) > build/fuzz/$(1).log 2>&1; rc=$$?; \
	  grep -E "DONE|stat::number_of_executed_units|ERROR|SUMMARY" build/fuzz/$(1).log; \
	  [ $$rc -eq 0 ] || { echo "fuzz: $(1) failed (exit $$rc), see build/fuzz/$(1).log"; exit 1; }

endef

fuzz: fuzz-build
	$(foreach h,$(FUZZ_HARNESSES),$(call fuzz_one,$(h)))

define cover_one
	@find build/fuzz/corpus-$(1) $(FUZZ_SEEDS_$(1)) -type f 2>/dev/null | \
	  LLVM_PROFILE_FILE=build/cov/$(1)-%p.profraw xargs build/cov/tests/replay-$(1) >/dev/null 2>&1

endef

# Line coverage of src/ that the fuzz corpora reach (run make fuzz first):
# the replay programs, built with clang's source coverage, run every corpus
# file, and llvm-cov prints the per-file report.
fuzz-coverage:
	@# The build runs build/cov/gencountries, itself instrumented: its profile is not wanted.
	LLVM_PROFILE_FILE=build/cov/build-tools.profile $(MAKE) --no-print-directory BUILD=build/cov CC=$(FUZZ_CC) \
	  CFLAGS="-O0 -g -fprofile-instr-generate -fcoverage-mapping" LDFLAGS="-fprofile-instr-generate" \
	  $(FUZZ_HARNESSES:%=build/cov/tests/replay-%)
	@rm -f build/cov/*.profraw
	$(foreach h,$(FUZZ_HARNESSES),$(call cover_one,$(h)))
	@llvm-profdata merge -o build/cov/fuzz.profdata build/cov/*.profraw
	@llvm-cov report build/cov/tests/replay-convert -object build/cov/tests/replay-validate \
	  -object build/cov/tests/replay-render -instr-profile=build/cov/fuzz.profdata src/

# Rewrites the golden files from the current output: review the diff!
golden: $(BIN)
	sh tests/golden/update.sh $(BIN)

# The README's screenshots, taken by the browser test (tests/html.sh) in
# headless Chromium; the two the README shows are kept in docs/screenshots.
screenshots: $(BIN)
	@$(MAKE) --no-print-directory test-deps
	@rm -rf $(BUILD)/shots
	SHOTS_DIR=$(BUILD)/shots sh tests/html.sh $(BIN)
	mkdir -p docs/screenshots
	cp $(BUILD)/shots/000_104ce62749044fec-phone.png $(BUILD)/shots/index-desktop.png docs/screenshots/

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/communique $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(DATADIR)/bash-completion/completions $(DESTDIR)$(DATADIR)/zsh/site-functions
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/communique
	install -m 644 $(ASSETS) $(DESTDIR)$(DATADIR)/communique/
	install -m 644 man/communique.1 $(DESTDIR)$(MANDIR)/man1/communique.1
	install -m 644 completion/communique.bash $(DESTDIR)$(DATADIR)/bash-completion/completions/communique
	install -m 644 completion/_communique $(DESTDIR)$(DATADIR)/zsh/site-functions/_communique

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/communique $(DESTDIR)$(MANDIR)/man1/communique.1 \
	  $(DESTDIR)$(DATADIR)/bash-completion/completions/communique \
	  $(DESTDIR)$(DATADIR)/zsh/site-functions/_communique \
	  $(addprefix $(DESTDIR)$(DATADIR)/communique/,$(notdir $(ASSETS)))
	-rmdir $(DESTDIR)$(DATADIR)/communique 2>/dev/null

clean:
	rm -rf $(BUILD)
