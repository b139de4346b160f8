# relkg — see README.md.  `make` installs what is missing, builds bin/relkg
# and writes out/relations.ttl; `make check` runs every test.

CC      ?= cc
PKGS    := redland raptor2 rasqal libxml-2.0 libpcre2-8 libutf8proc
DATADIR := $(abspath data)
ONTOLOGY := $(abspath ontology/relkg.ttl)
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS  ?= -O2 -g
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

check: all $(TESTBIN)
	@RELKG=bin/relkg BUILD=$(BUILD) sh tests/run.sh $(TESTBIN)

eval: all
	@sh tests/eval.sh

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
