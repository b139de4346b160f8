/* English word stems (libstemmer's Porter2 "english"), after lower-casing
 * and mapping the common irregular verb forms to their base ("took" ->
 * "take", "met" -> "meet"), so a trigger written once matches every
 * inflection.
 *
 * A stemmer remembers the words it stemmed (up to a bound), so a text's
 * repeated words are stemmed once.
 *
 * Ownership: a stemmer is not thread-safe; each holds one libstemmer
 * object, a scratch buffer and its memo.  The string relkg_stem returns
 * is owned by the stemmer and valid until the next call.  The stemmer
 * relkg_stemmer_thread returns belongs to the calling thread (never free
 * it): made on first use, freed when the thread ends. */
#ifndef RELKG_STEM_H
#define RELKG_STEM_H
#include <stddef.h>
#include <stdint.h>

typedef struct relkg_stemmer relkg_stemmer;

relkg_stemmer *relkg_stemmer_new(void);
void relkg_stemmer_free(relkg_stemmer *s);

/* A stemmer that lends the stems its memo keeps (relkg_stem_kept): its
 * owner frees it only when no string borrowed from it is used any more
 * (the thread stemmers are such: they live as long as their thread).  A
 * stemmer from relkg_stemmer_new lends none, so it may be freed at any
 * time. */
relkg_stemmer *relkg_stemmer_new_lending(void);

/* The calling thread's own stemmer (see Ownership); NULL on no memory.
 * A stem is a function of the word alone, so every article a thread reads
 * shares the one memo: a worker stems each distinct word once. */
relkg_stemmer *relkg_stemmer_thread(void);

/* Stem of the word w[0..n): NUL-terminated, borrowed (see above).  NULL on
 * no memory. */
const char *relkg_stem(relkg_stemmer *s, const char *w, size_t n);

/* relkg_stem of a word already lower-cased, w[0..n) with w[n] == '\0' and
 * no NUL before it: the same stem, found without copying the word.  A
 * word (of at most 64 bytes) that is its own stem may be returned as w
 * itself, so a caller tells "stem == word" by the pointer alone. */
const char *relkg_stem_lower(relkg_stemmer *s, const char *w, size_t n);

/* relkg_stem_lower for a caller that keeps eight bytes readable at w
 * however short the word (w[0..8) may be read; bytes from w[n] on are
 * ignored): the word's first eight bytes are one load.  w itself exactly
 * when the word is its own stem (no other string equal to it); the
 * stem's length in *len, and relkg_word_hash (word_hash.h) of the word in
 * hash[0] and of its stem in hash[1] (the memo keeps both).  On no
 * memory NULL, *len and hash[1] then the word's. */
const char *relkg_stem_lower8(relkg_stemmer *s, const char *w, size_t n, size_t *len,
			      uint32_t hash[2]);

/* Words of more bytes are stemmed as their first RELKG_STEM_MAX. */
#define RELKG_STEM_MAX 64

/* A word of ASCII digits only, of at most RELKG_STEM_MAX bytes, is its own
 * stem: every rule of Porter2 (suffixes, its exceptional words, the
 * handling of 'y') is about letters, and the irregular forms are words,
 * so a caller may skip the stemmer for it (test_stem holds it to
 * Snowball). */

/* Is stem, a string one of the calls above returned, one the memo of a
 * lending stemmer (relkg_stemmer_new_lending) keeps?  Then that string
 * (writable, but no caller writes it): it stays where it is, unchanged,
 * until s is freed (no later call moves or overwrites it), and at least
 * eight readable bytes follow its NUL.  NULL for a stemmer that does not
 * lend, for a stem in the stemmer's scratch buffer (valid only until the
 * next call), for the caller's own word and for any other pointer. */
char *relkg_stem_kept(relkg_stemmer *s, const char *stem);

#endif
