/* Entity nodes shared by the entity rule sets: each helper adds the entity
 * to the mention table (deterministic IRI from its kind and name) and, the
 * first time, writes its type and rdfs:label (plus skos:altLabel and
 * rkg:country where known) to the graph.  Returns the entity index, or
 * RELKG_NONE on no memory. */
#ifndef RELKG_ENTITIES_H
#define RELKG_ENTITIES_H
#include <stddef.h>
#include <stdint.h>
#include "extract.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "mentions.h"

/* The lexicon's gazetteer, or NULL (inline: the rule sets ask it ~1,400
 * times an article). */
static inline const relkg_gazetteer *relkg_ctx_gaz(const relkg_ctx *ctx)
{
	return ctx->lex ? ctx->lex->gaz : NULL;
}

/* The country with gazetteer index gi (all its aliases as skos:altLabel). */
size_t relkg_ent_country(relkg_ctx *ctx, size_t gi);
/* The gazetteer index of a country entity, or RELKG_GZ_NONE. */
size_t relkg_ent_country_gz(const relkg_ctx *ctx, size_t ent);
/* The first gazetteer country (by index) whose label is label, or
 * RELKG_GZ_NONE: what relkg_ent_country_gz answers for an entity of that
 * label.  _scan finds the same by reading every label (the plain way,
 * kept for the tests). */
size_t relkg_ent_label_country(const relkg_gazetteer *g, const char *label);
size_t relkg_ent_label_country_scan(const relkg_gazetteer *g, const char *label);

/* A person: IRI from the words of the name sorted, less joined Arabic
 * articles, so "Abe Shinzō" and "Shinzō Abe", "Omar al-Bashir" and "Omar
 * Al-Bashir" are one node; label as first written. */
size_t relkg_ent_person(relkg_ctx *ctx, const char *name, size_t n);

/* A city, with rkg:country (entity index or NONE). */
size_t relkg_ent_city(relkg_ctx *ctx, const char *name, size_t n, size_t country);

/* An office "<canonical> of <country label>" with rkg:role and
 * rkg:jurisdiction; country may be NONE (label is the title alone). */
size_t relkg_ent_office(relkg_ctx *ctx, const relkg_gz_office *o, size_t country);

/* Any other named entity: kind, IRI path segment ("territory"), class
 * CURIE, label.  An organization's or territory's country is set by the
 * caller. */
size_t relkg_ent_named(relkg_ctx *ctx, relkg_ent_kind kind, const char *path, const char *cls,
	const char *label, size_t n);

/* The same with an IRI made from key rather than the label (a described
 * treaty keyed by its parties). */
size_t relkg_ent_keyed(relkg_ctx *ctx, relkg_ent_kind kind, const char *path, const char *cls,
	const char *key, size_t key_len, const char *label, size_t n);

/* Writes ent rkg:country country (organizations, cities). */
RELKG_NODISCARD relkg_status relkg_ent_set_country(relkg_ctx *ctx, size_t ent, size_t country);

/* Country mention (entity index) at byte position pos, or NONE. */
size_t relkg_country_at(const relkg_ctx *ctx, size_t pos, size_t *end);

/* The starts of the words of sentence si that begin with a letter (the
 * bytes i where relkg_letter_word_at(text, i, sentence end) holds), in
 * order: (*starts)[0 .. *n).  Found for the whole article on first use and
 * kept with the mention table, so every rule set scanning words reads
 * them instead of testing every byte. */
RELKG_NODISCARD relkg_status relkg_sentence_words_general(relkg_ctx *ctx, size_t si,
	const size_t **starts, size_t *n);
/* The same, inline once the index is made (each scan of each rule set
 * asks it at every sentence). */
RELKG_NODISCARD static inline relkg_status relkg_sentence_words(relkg_ctx *ctx, size_t si,
	const size_t **starts, size_t *n)
{
	const relkg_mentions *m = ctx->mentions;
	if (m->sentence_words && m->word_starts) {
		*n = m->sentence_words[si + 1] - m->sentence_words[si];
		*starts = m->word_starts + m->sentence_words[si];
		return RELKG_OK;
	}
	return relkg_sentence_words_general(ctx, si, starts, n);
}

/* The kinds of byte after a word's first (relkg_word_key): 0..25 an
 * ASCII letter of either case, 26 a space, 27 a hyphen, 28 any other,
 * 29 none (the sentence ends there). */
#define RELKG_WORD_KINDS 30u
/* The number of key values: relkg_wc_bits' 54 classes by the kinds. */
#define RELKG_WORD_KEYS (54u * RELKG_WORD_KINDS)

/* What the word scanner reads of the word at text[i] (i < end, end the
 * sentence end) to choose the patterns it may call there: the class of
 * its first byte (relkg_wc_bits) times RELKG_WORD_KINDS plus the kind
 * of the byte after it. */
unsigned relkg_word_key(const char *text, size_t i, size_t end);

/* relkg_word_key of each word start relkg_sentence_words gives for
 * sentence si (< the document's sentences): (*keys)[0 .. n) for its n
 * starts.  Found for the whole
 * article on first use and kept with the mention table (the five
 * scans of an article read them instead of four tables a word). */
RELKG_NODISCARD relkg_status relkg_sentence_word_keys_general(relkg_ctx *ctx, size_t si,
	const uint16_t **keys);
/* The same, inline once the keys are made. */
RELKG_NODISCARD static inline relkg_status relkg_sentence_word_keys(relkg_ctx *ctx, size_t si,
	const uint16_t **keys)
{
	const relkg_mentions *m = ctx->mentions;
	if (m->word_keys && m->sentence_words) {
		*keys = m->word_keys + m->sentence_words[si];
		return RELKG_OK;
	}
	return relkg_sentence_word_keys_general(ctx, si, keys);
}

/* A pattern tried at a word start i of sentence si; on a match it sets
 * *next past what it consumed (left at i + 1 otherwise). */
typedef relkg_status (*relkg_word_rule)(relkg_ctx *ctx, size_t si, size_t i, size_t *next);

/* A word rule and the word classes (RELKG_WC_* of words.h) it can do
 * anything at: the scanner does not call it at a word of another class.
 * RELKG_WC_MENTION in the set: also where a mention begins (asked when
 * the rule's turn comes, so a mention an earlier rule added counts).
 * needs, when not NULL: a NULL-terminated word list; the rule does
 * nothing at i unless relkg_word_in(text, p, relkg_word_end(text, p,
 * sentence end), needs) holds at some byte p >= i of the sentence (its
 * keyword must follow).  The scanner looks for the last such p once per
 * sentence and calls the rule no later.
 * at, when not NULL: a NULL-terminated list; the rule does nothing at i
 * unless the text at i begins with a word of at, ASCII case-insensitively
 * (as relkg_starts_with or relkg_word_in with the list would need: a
 * word boundary after it); the scanner checks the first two bytes, then
 * the first eight and the byte after a shorter word (at_heads.h).
 * contains, when not NULL: a NULL-terminated list of strings of two
 * ASCII letters or more; the rule does nothing at i unless one of them is written
 * (ASCII case-insensitively) at some byte p >= i, whole before the
 * sentence end: no word boundary asked ("disput" for "disputed").  The
 * scanner looks for the last such p once per sentence, as for needs. */
typedef struct {
	relkg_word_rule fn;
	uint64_t starts;
	const char *const *needs;
	const char *const *at;
	const char *const *contains;
} relkg_word_pattern;

/* Tries the patterns (up to one whose fn is NULL), in order, at every word
 * start of every sentence (the first that matches wins and the scan goes
 * on after it); the mention table is sorted after each sentence so that
 * later sentences see what earlier ones found.  The filters made from a
 * table's classes and lists are kept for the process and found again by
 * the list words' addresses: the strings of the lists must not change
 * (string literals; a list array itself may, and is read anew). */
RELKG_NODISCARD relkg_status relkg_each_word(relkg_ctx *ctx, const relkg_word_pattern *pats);

#endif
