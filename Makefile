# relkg — see README.md.  `make` installs what is missing, builds bin/relkg
# and writes out/relations.ttl; `make check` runs every test.

CC      ?= cc
PKGS    := redland raptor2 rasqal libxml-2.0 libpcre2-8 libutf8proc
DATADIR := $(abspath data)
ONTOLOGY := $(abspath ontology/relkg.ttl)
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS  ?= -O3 -g -fno-plt
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) \
	-Iinclude -Isrc -DRELKG_DATADIR='"$(DATADIR)"' -DRELKG_ONTOLOGY='"$(ONTOLOGY)"' $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS    = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lm -pthread

BUILD   := build
SRC     := $(sort $(wildcard src/*.c))
OBJ     := $(SRC:src/%.c=$(BUILD)/%.o)
LIBOBJ  := $(filter-out $(BUILD)/main.o,$(OBJ))
TESTSRC := $(sort $(wildcard tests/test_*.c))
TESTBIN := $(TESTSRC:tests/%.c=$(BUILD)/tests/%)
ARTICLE := data/articles/japan-russia-relations.txt

.PHONY: all deps check eval bench clean
all: out/relations.ttl

deps: $(BUILD)/.deps
$(BUILD)/.deps: scripts/deps.sh
	@mkdir -p $(BUILD)
	@sh scripts/deps.sh
	@touch $@

$(BUILD)/%.o: src/%.c $(BUILD)/.deps $(wildcard src/*.h include/relkg/*.h src/*.def)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -c $< -o $@

bin/relkg: $(OBJ)
	@mkdir -p bin
	@echo "  LD      $@"
	@$(CC) $(ALL_CFLAGS) -o $@ $(OBJ) $(LIBS)

out/relations.ttl: bin/relkg $(ARTICLE) $(wildcard data/lexicon/*)
	@mkdir -p out
	bin/relkg extract -o turtle --output $@ $(ARTICLE)

$(BUILD)/tests/%: tests/%.c $(LIBOBJ) tests/harness.h
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(LIBOBJ) $(LIBS)

# TEST_JOBS=N runs N tests at once
check: all $(TESTBIN)
	@RELKG=bin/relkg BUILD=$(BUILD) sh tests/run.sh $(TESTBIN)

# make eval MIN=person=0.75,holds=0.75 also fails below those dev averages
eval: all
	@sh tests/eval.sh $(if $(MIN),--min $(MIN))

# The corpus benchmark (bench/run.sh; BENCH=large adds 1 GB).  Reports,
# never asserts.  bench/replay is the floor: relkg's writing path alone.
$(BUILD)/bench/replay: bench/replay.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBOBJ) $(LIBS)

bench: all $(BUILD)/bench/replay
	@RELKG=bin/relkg REPLAY=$(BUILD)/bench/replay BUILD=$(BUILD) sh bench/run.sh

clean:
	rm -rf $(BUILD) bin out/relations.ttl

# ---- robustness (issue 6): asan, valgrind, lint, fuzz -----------------
# This block belongs to the hostile-input work; keep edits inside it.
#   make asan      every module and test with ASan+UBSan in $(BUILD)/asan,
#                  then the whole suite against that build
#   make valgrind  the whole suite under valgrind (memcheck, leaks)
#   make lint      clang-tidy (.clang-tidy) and cppcheck, clean
#   make fuzz      libFuzzer targets in $(BUILD)/fuzz, each run FUZZ_SECONDS,
#                  then the grown pipeline corpus replayed into serdi
.PHONY: asan valgrind lint fuzz fuzz-build devdeps
FUZZ_SECONDS ?= 60
# tests run at once under asan and valgrind (tests/run.sh TEST_JOBS)
SAN_JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
SAN_FLAGS    := -fsanitize=address,undefined -fno-sanitize-recover=all
ASAN_DIR     := $(BUILD)/asan
ASAN_OBJ     := $(SRC:src/%.c=$(ASAN_DIR)/%.o)
ASAN_LIBOBJ  := $(filter-out $(ASAN_DIR)/main.o,$(ASAN_OBJ))
ASAN_TESTBIN := $(TESTSRC:tests/%.c=$(ASAN_DIR)/tests/%)
HDRS         := $(wildcard src/*.h include/relkg/*.h src/*.def)

devdeps: $(BUILD)/.devdeps
$(BUILD)/.devdeps: scripts/deps.sh
	@mkdir -p $(BUILD)
	@sh scripts/deps.sh dev
	@touch $@

$(ASAN_DIR)/%.o: src/%.c $(BUILD)/.deps $(HDRS)
	@mkdir -p $(dir $@)
	@echo "  CC/SAN  $<"
	@$(CC) $(ALL_CFLAGS) -O1 -fno-omit-frame-pointer $(SAN_FLAGS) -c $< -o $@
$(ASAN_DIR)/relkg: $(ASAN_OBJ)
	@$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -o $@ $(ASAN_OBJ) $(LIBS)
$(ASAN_DIR)/tests/%: tests/%.c $(ASAN_LIBOBJ) tests/harness.h
	@mkdir -p $(dir $@)
	@echo "  CC/SAN  $<"
	@$(CC) $(ALL_CFLAGS) -O1 $(SAN_FLAGS) -Itests -o $@ $< $(ASAN_LIBOBJ) $(LIBS)
asan: all $(ASAN_DIR)/relkg $(ASAN_TESTBIN)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86:suppressions=$(abspath tests/asan.supp) \
	 LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp):print_suppressions=0 \
	 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	 TEST_JOBS=$(SAN_JOBS) RELKG_TEST_BIG=0 RELKG_TEST_RSS=0 RELKG=$(ASAN_DIR)/relkg BUILD=$(ASAN_DIR) \
	 sh tests/run.sh $(ASAN_TESTBIN)

# Definite leaks are errors; indirect ones hang off a definite one, so they
# are reported (and suppressed) through their root.
VALGRIND = valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
	--show-leak-kinds=definite --suppressions=$(abspath tests/valgrind.supp)
# The tests call "$$RELKG" quoted, so relkg runs under valgrind through a
# wrapper script; each run logs to its own file, and any error fails the run.
VG_DIR = $(BUILD)/valgrind
valgrind: all $(TESTBIN) $(BUILD)/.devdeps
	@rm -rf $(VG_DIR) && mkdir -p $(VG_DIR)/logs
	@printf '#!/bin/sh\nexec %s --error-exitcode=99 --log-file=%s/logs/relkg.%%p.log %s "$$@"\n' \
	 "$(VALGRIND)" "$(abspath $(VG_DIR))" "$(abspath bin/relkg)" > $(VG_DIR)/relkg && chmod +x $(VG_DIR)/relkg
	@TEST_WRAP="$(VALGRIND) --error-exitcode=1" RELKG_TEST_BIG=0 RELKG_TEST_RSS=0 \
	 TEST_JOBS=$(SAN_JOBS) BUILD=$(BUILD) RELKG=$(VG_DIR)/relkg \
	 sh tests/run.sh $(TESTBIN); st=$$?; \
	 bad=$$(find $(VG_DIR)/logs -name '*.log' -size +0 | head -n 20); \
	 if [ -n "$$bad" ]; then echo "valgrind found errors in relkg runs:"; \
	   for f in $$bad; do sed 's/^/  /' $$f | head -n 40; done; st=1; \
	 else echo "valgrind: no errors in $$(ls $(VG_DIR)/logs | wc -l) relkg runs"; fi; exit $$st

lint: $(BUILD)/.deps $(BUILD)/.devdeps
	@echo "  TIDY    src/*.c fuzz/*.c"
	@clang-tidy --quiet $(SRC) $(wildcard fuzz/*.c) -- $(filter-out -Werror,$(ALL_CFLAGS)) 2>/dev/null \
	 | tee $(BUILD)/clang-tidy.log; ! grep -qE '(warning|error):' $(BUILD)/clang-tidy.log
	@echo "  CPPCHECK src fuzz"
	@cppcheck -q --std=c11 --enable=warning,performance,portability --inline-suppr \
	 --suppressions-list=tests/cppcheck.supp --error-exitcode=1 -Iinclude -Isrc \
	 -D__GNUC__ -DRELKG_DATADIR='"data"' src fuzz

FUZZ_DIR     := $(BUILD)/fuzz
FUZZ_CC      ?= clang
FUZZ_CFLAGS  := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=all
FUZZ_OBJ     := $(filter-out $(FUZZ_DIR)/obj/main.o,$(SRC:src/%.c=$(FUZZ_DIR)/obj/%.o))
FUZZERS      := $(FUZZ_DIR)/fuzz_pipeline $(FUZZ_DIR)/fuzz_text $(FUZZ_DIR)/fuzz_html \
	$(FUZZ_DIR)/fuzz_wikitext $(FUZZ_DIR)/fuzz_mediawiki
$(FUZZ_DIR)/obj/%.o: src/%.c $(BUILD)/.deps $(HDRS)
	@mkdir -p $(dir $@)
	@echo "  CC/FUZZ $<"
	@$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_CFLAGS) -c $< -o $@
$(FUZZ_DIR)/fobj/%.o: fuzz/%.c $(BUILD)/.deps $(HDRS) fuzz/fuzz_common.h
	@mkdir -p $(dir $@)
	@echo "  CC/FUZZ $<"
	@$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_CFLAGS) -Ifuzz -c $< -o $@
$(FUZZ_DIR)/fuzz_%: $(FUZZ_DIR)/fobj/fuzz_%.o $(FUZZ_DIR)/fobj/fuzz_common.o $(FUZZ_OBJ)
	@echo "  LD/FUZZ $@"
	@$(FUZZ_CC) -fsanitize=fuzzer,address,undefined -o $@ $^ $(LIBS)
.SECONDARY: $(FUZZ_OBJ) $(FUZZERS:$(FUZZ_DIR)/%=$(FUZZ_DIR)/fobj/%.o) $(FUZZ_DIR)/fobj/fuzz_common.o
fuzz-build: $(BUILD)/.devdeps $(FUZZERS)
fuzz: fuzz-build
	@sh scripts/fuzz.sh $(FUZZ_DIR) $(FUZZ_SECONDS)
# ---- end of the robustness block ------------------------------------------
