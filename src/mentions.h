/* The mention table: what the rule sets found in one article, shared by all
 * of them.  Entity rules (countries, people, offices, places, treaties,
 * missions, dates) fill it; event and survey rules read it.
 *
 * Entities are article-level nodes with a deterministic IRI; mentions are
 * spans in doc->text pointing at an entity.  Ownership: the table owns every
 * string in it; relkg_mentions_free frees all. */
#ifndef RELKG_MENTIONS_H
#define RELKG_MENTIONS_H
#include <stddef.h>
#include <stdint.h>
#include "doc.h"

#define RELKG_NONE ((size_t)-1)
#define RELKG_COUNTRY_MEMO 32

typedef enum {
	RELKG_ENT_COUNTRY,
	RELKG_ENT_PERSON,
	RELKG_ENT_ORGANIZATION,
	RELKG_ENT_CITY,
	RELKG_ENT_TERRITORY, /* rkg:Territory; islands too (flag ISLAND) */
	RELKG_ENT_OFFICE,
	RELKG_ENT_TREATY,
	RELKG_ENT_DISPUTE,
	RELKG_ENT_MISSION,
	RELKG_ENT_OTHER,
	RELKG_ENT_KINDS
} relkg_ent_kind;

/* Entity flags. */
enum {
	RELKG_EF_ISLAND = 1u << 0,     /* territory that is an island (group) */
	RELKG_EF_HISTORICAL = 1u << 1, /* a former state (Soviet Union) */
	RELKG_EF_NOT_SIGNED = 1u << 2, /* treaty the text says was not signed */
	RELKG_EF_DATED = 1u << 3,      /* treaty whose rkg:date is written */
};

typedef struct {
	relkg_ent_kind kind;
	char *iri;      /* absolute IRI */
	char *label;    /* as first written in full */
	size_t country; /* entity index: an office's jurisdiction, an org's or
			   city's state, a person's state where known; or NONE */
	size_t office;  /* persons: the office last held in the text, or NONE */
	size_t gz;      /* countries: relkg_ent_country_gz's answer once asked
			   (entities.c), else NONE */
	unsigned flags;
	/* the label's words as relkg_name_known_person reads them, found when
	 * the entity is added: its length, the bytes before its first space
	 * and after its last (both NONE when it has no space) */
	size_t label_len, first_len, last_at;
	/* relkg_strtab_hash of the IRI: relkg_mentions_find compares it
	 * before the strings (an article's entities share long IRI
	 * prefixes, and the table was scanned by strcmp at every lookup) */
	uint32_t iri_hash;
} relkg_entity;

/* Mention flags: how the entity was named. */
enum {
	RELKG_MF_NAME = 1u << 0,     /* by its name ("Japan", "Sushma Swaraj") */
	RELKG_MF_DEMONYM = 1u << 1,  /* "Japanese", "Russian" */
	RELKG_MF_CAPITAL = 1u << 2,  /* "Moscow" standing for Russia */
	RELKG_MF_SURNAME = 1u << 3,  /* a later bare surname ("Merkel") */
	RELKG_MF_PRONOUN = 1u << 4,  /* "he", "the two countries" resolved */
	RELKG_MF_TITLE = 1u << 5,    /* an office title ("the Foreign Minister of Russia") */
	RELKG_MF_MODIFIER = 1u << 6, /* used as a modifier: "Japanese government", "Russian president" */
};

typedef struct {
	relkg_span span; /* bytes in doc->text */
	size_t sentence;
	size_t entity;
	unsigned flags;
} relkg_mention;

/* A date expression normalized to the precision the text gives. */
typedef struct {
	relkg_span span;
	size_t sentence;
	char iso[11];   /* "1993-10-11", "1994-03" or "2010" */
	const char *xsd; /* "xsd:date", "xsd:gYearMonth", "xsd:gYear" */
	int end_year;   /* ranges ("1991–99"): the last year, else 0 */
} relkg_date;

/* A treaty its sentence says was signed there, on a date of that
 * sentence, between two parties or more: the treaty rule set records it,
 * the event rule set makes it an agreement when no trigger did. */
#define RELKG_SIGNING_PARTIES 6
typedef struct {
	size_t treaty;   /* entity index */
	size_t sentence;
	relkg_span span; /* the treaty's name */
	size_t parties[RELKG_SIGNING_PARTIES];
	size_t n_parties;
	relkg_date date;
} relkg_signing;

/* The longest joined article relkg_name_known_person strips ("ash-"). */
#define RELKG_PERSON_HEAD_SKIP 4

typedef struct relkg_mentions {
	relkg_entity *ents;
	size_t n_ents, cap_ents;
	relkg_mention *ms; /* sorted by span.begin once relkg_mentions_sort ran */
	size_t n, cap;
	size_t n_sorted;   /* ms[0..n_sorted) is sorted; later ones were appended */
	size_t longest;    /* bytes of the longest mention's span */
	/* bit k: some mention's entity is of kind k (relkg_mentions_at of
	 * another kind answers at once: a territory is looked for at every
	 * mention the relate rules are asked at, in articles with none) */
	unsigned kinds;
	relkg_date *dates; /* sorted by span.begin */
	size_t n_dates, cap_dates;
	size_t n_dates_sorted; /* dates[0..n_dates_sorted) are sorted */
	size_t parties[2]; /* the article's two countries (from its title), or NONE */
	/* relkg_ent_country's answers (entities.c): the entity of gazetteer
	 * country country_gz[i] is country_ent[i], for the first
	 * RELKG_COUNTRY_MEMO countries asked */
	size_t country_gz[RELKG_COUNTRY_MEMO], country_ent[RELKG_COUNTRY_MEMO];
	size_t n_country_memo;
	/* The word scanner's index of the same article (relkg_each_word fills
	 * it on first use; each rule set's scan then reads it): the starts of
	 * words beginning with a letter, sentence by sentence in order;
	 * sentence si's are word_starts[sentence_words[si] ..
	 * sentence_words[si + 1]).  sentence_words is NULL until filled. */
	size_t *word_starts;
	size_t *sentence_words;
	/* word_keys[w]: relkg_word_key of word_starts[w] (entities.h), for
	 * the whole index; NULL until the word scanner first asks */
	uint16_t *word_keys;
	/* bit min(n, 63) of person_heads[c]: some person's label has a space
	 * and its first name, or its last word, or the last word less up to
	 * RELKG_PERSON_HEAD_SKIP bytes (a joined article), begins with byte c
	 * and is n bytes long (relkg_name_known_person matches no other word) */
	uint64_t person_heads[256];
	/* the people person_heads was marked for (a person whose label has
	 * a space), in the order of their entity indices: the only entities
	 * relkg_name_known_person may answer, asked at most capitalized words
	 * of an article of many other entities */
	size_t *person_ents;
	size_t n_person_ents, cap_person_ents;
	/* the ends of the word runs, indexed the same way (word_ends.h;
	 * filled on first use, sentence_run_ends NULL until then) */
	size_t *run_ends;
	size_t *sentence_run_ends;
	/* bit p % 64 of begins[p / 64]: some mention begins at byte p (set by
	 * relkg_mentions_add, never cleared: the look-ups at a position skip
	 * the search where no bit is set) */
	uint64_t *begins;
	size_t n_begins;
	/* relkg_name_parse's answers (name_memo.h); owned, NULL until the
	 * first parse */
	struct relkg_name_memo *names;
	/* where relkg_mentions_at_search's last search of the sorted part
	 * ended (any index gives the same answers: only where the next
	 * search starts; moved by the const look-ups, the table being one
	 * article's, one thread's) */
	size_t at_cursor;
	/* treaties signed in the text (relkg_mentions_add_signing), in text
	 * order */
	relkg_signing *signings;
	size_t n_signings, cap_signings;
} relkg_mentions;

relkg_mentions *relkg_mentions_new(void);
void relkg_mentions_free(relkg_mentions *m);

/* May a person's first or last name be the n bytes at w (n > 0): does
 * one begin with w[0] and have n bytes (see person_heads)? */
int relkg_mentions_may_name_person(const relkg_mentions *m, const char *w, size_t n);

/* The entity with this IRI, added with kind and label when new.  Returns
 * its index, or RELKG_NONE on no memory. */
size_t relkg_mentions_entity(relkg_mentions *m, relkg_ent_kind kind, const char *iri,
	const char *label, size_t label_len);
/* Index of the entity with this IRI, or RELKG_NONE. */
size_t relkg_mentions_find(const relkg_mentions *m, const char *iri);

RELKG_NODISCARD relkg_status relkg_mentions_add(relkg_mentions *m, relkg_span span,
	size_t sentence, size_t entity, unsigned flags);
RELKG_NODISCARD relkg_status relkg_mentions_add_date(relkg_mentions *m, const relkg_date *d);
RELKG_NODISCARD relkg_status relkg_mentions_add_signing(relkg_mentions *m,
	const relkg_signing *s);

/* Sorts mentions and dates by position (stable on ties by length, longer
 * first).  Entity rule sets call it when they are done. */
void relkg_mentions_sort_appended(relkg_mentions *m);
/* relkg_mentions_sort_appended when something was appended since the
 * last sort.  Inline: the scans call it after every sentence, and most
 * sentences appended nothing (the call saved the registers of a sort). */
static inline void relkg_mentions_sort(relkg_mentions *m)
{
	if (m->n_sorted < m->n || m->n_dates_sorted < m->n_dates) {
		relkg_mentions_sort_appended(m);
	}
}

/* Mentions overlapping [begin, end): their index range [*first, return). */
size_t relkg_mentions_range(const relkg_mentions *m, size_t begin, size_t end, size_t *first);

/* Is byte range [begin,end) already covered by a mention?  (Sorted part
 * by binary search, the appended tail by a scan.) */
int relkg_mentions_covered(const relkg_mentions *m, size_t begin, size_t end);

/* May a mention begin at pos (0: none does)?  Inline: the look-ups below
 * are asked at most words (~1,300 times an article), and at most of them
 * no mention begins, which this bit alone tells. */
static inline int relkg_mentions_may_begin(const relkg_mentions *m, size_t pos)
{
	return pos / 64 < m->n_begins && (m->begins[pos / 64] >> (pos % 64) & 1u);
}

/* relkg_mentions_at and relkg_mentions_begins_at where
 * relkg_mentions_may_begin(m, pos) holds (the search itself). */
size_t relkg_mentions_at_search(const relkg_mentions *m, size_t begin, relkg_ent_kind kind,
	unsigned skip);
int relkg_mentions_begins_at_search(const relkg_mentions *m, size_t pos, size_t *hint);

/* Index of a mention beginning exactly at `begin` whose entity has kind
 * `kind` (or any kind when kind is RELKG_ENT_KINDS) and that passes no
 * flag of `skip`; the longest such.  RELKG_NONE when there is none.  Works
 * between sorts too. */
static inline size_t relkg_mentions_at(const relkg_mentions *m, size_t begin,
				       relkg_ent_kind kind, unsigned skip)
{
	if (kind != RELKG_ENT_KINDS && !(m->kinds >> kind & 1u)) {
		return RELKG_NONE;
	}
	return relkg_mentions_may_begin(m, begin) ? relkg_mentions_at_search(m, begin, kind, skip)
						  : RELKG_NONE;
}

/* Does any mention begin exactly at pos?  *hint is the caller's cursor
 * (start it at 0): asked at increasing positions, as a scan through the
 * text does, each answer costs a step or two.  Works between sorts too;
 * any hint gives the same answer (left behind where no mention may
 * begin: the next search corrects it). */
static inline int relkg_mentions_begins_at(const relkg_mentions *m, size_t pos, size_t *hint)
{
	return relkg_mentions_may_begin(m, pos) && relkg_mentions_begins_at_search(m, pos, hint);
}

/* Writes one line per mention and date (kind, entity label, flags, text)
 * to fp: a debugging aid (`RELKG_DEBUG_MENTIONS=1 relkg extract ...`). */
#include <stdio.h>
void relkg_mentions_dump(const relkg_mentions *m, const relkg_doc *doc, FILE *fp);

#endif
