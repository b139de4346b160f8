/* relkg_name_known_person reads only the people of the mention table's
 * person list (person_ents, mentions.c), not every entity: held to the
 * scan of every entity it replaced, at every word of a text, on tables
 * of people, people without a space in the label and other entities
 * whose labels look like people's, with shared first and last names (the
 * one mentioned last then answers) and joined articles.  The list itself:
 * the people with a space in the label, in entity order, each once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "graph.h"
#include "harness.h"
#include "input.h"
#include "mentions.h"
#include "names.h"
#include "reader.h"
#include "words.h"

/* ---------------------------------------------------------------- the scan */

static int ref_regnal(const char *t, size_t n)
{
	if (n == 0 || n > 6) {
		return 0;
	}
	for (size_t i = 0; i < n; ++i) {
		if (!strchr("IVXL", t[i]) || t[i] == '\0') {
			return 0;
		}
	}
	return 1;
}

static int ref_named_by(const relkg_entity *x, const char *w, size_t n)
{
	if (x->kind != RELKG_ENT_PERSON || x->first_len == RELKG_NONE) {
		return 0;
	}
	const char *surname = x->label + x->last_at;
	size_t surname_len = x->label_len - x->last_at;
	size_t art = relkg_name_joined_article(surname, 0, surname_len);
	if (art && !relkg_name_joined_article(w, 0, n)) {
		surname += art;
		surname_len -= art;
	}
	return (x->first_len == n && strncmp(x->label, w, n) == 0) ||
	       (surname_len == n && strncmp(surname, w, n) == 0 && !ref_regnal(surname, n));
}

static size_t ref_latest(const relkg_mentions *m, const char *w, size_t n, size_t b)
{
	size_t best = RELKG_NONE, best_at = 0;
	for (size_t i = 0; i < m->n; ++i) {
		const relkg_mention *x = &m->ms[i];
		if (x->span.end <= b && (best == RELKG_NONE || x->span.begin > best_at) &&
		    ref_named_by(&m->ents[x->entity], w, n)) {
			best = x->entity;
			best_at = x->span.begin;
		}
	}
	return best;
}

/* relkg_name_known_person as it was: every entity of the table. */
static size_t ref_known(const relkg_mentions *m, const char *text, size_t b, size_t e)
{
	const char *w = text + b;
	size_t n = e - b, found = RELKG_NONE;
	for (size_t i = 0; i < m->n_ents; ++i) {
		if (ref_named_by(&m->ents[i], w, n)) {
			if (found != RELKG_NONE && found != i) {
				return ref_latest(m, w, n, b);
			}
			found = i;
		}
	}
	return found;
}

/* ---------------------------------------------------------------- tests */

static const char text[] =
	"Abdel Fattah el-Sisi met Virgilio Barco. Sisi and Barco spoke; el-Sisi left. "
	"George Papandreou and Andreas Papandreou met George Bush. Papandreou said so, and "
	"George agreed. Madonna sang with Kuril Islands and Hassan II of Morocco. Hassan "
	"spoke. II was not a name. Farouk ash-Shara and Shara met. Bush and Papandreou left.\n";

/* label, kind: people first names and last names shared, non-people
 * with a space, a person without one */
static const struct {
	const char *label;
	relkg_ent_kind kind;
} ents[] = {
	{"Abdel Fattah el-Sisi", RELKG_ENT_PERSON},
	{"Kuril Islands", RELKG_ENT_TERRITORY},
	{"Virgilio Barco", RELKG_ENT_PERSON},
	{"Madonna", RELKG_ENT_PERSON},
	{"George Papandreou", RELKG_ENT_PERSON},
	{"Barco Group", RELKG_ENT_ORGANIZATION},
	{"Andreas Papandreou", RELKG_ENT_PERSON},
	{"George Bush", RELKG_ENT_PERSON},
	{"Hassan II", RELKG_ENT_PERSON},
	{"Farouk ash-Shara", RELKG_ENT_PERSON},
	{"Sisi Town", RELKG_ENT_CITY},
};
#define N_ENTS (sizeof(ents) / sizeof(*ents))

static void known_is_scan(void)
{
	relkg_diag diag = {{0}};
	relkg_doc *doc = relkg_doc_new("t");
	relkg_graph *graph = relkg_graph_new();
	relkg_ctx ctx;
	int ok = doc && graph && relkg_read_text(doc, text, strlen(text), &diag) == RELKG_OK &&
		 relkg_ctx_init(&ctx, doc, graph, "https://w3id.org/relkg/id/", NULL) == RELKG_OK;
	OK(ok, "context");
	if (!ok) {
		relkg_graph_free(graph);
		relkg_doc_free(doc);
		return;
	}
	relkg_mentions *m = ctx.mentions;
	size_t asked = 0, bad = 0, found = 0, many = 0;
	/* ask after each entity is added, and after a mention of each */
	for (size_t k = 0; k <= N_ENTS; ++k) {
		for (size_t si = 0; si < doc->n_sentences; ++si) {
			relkg_span sp = doc->sentences[si].span;
			for (size_t i = sp.begin; i < sp.end; ++i) {
				if (!relkg_letter_word_at(doc->text, i, sp.end)) {
					continue;
				}
				size_t e = relkg_word_end(doc->text, i, sp.end);
				size_t want = ref_known(m, doc->text, i, e);
				size_t got = relkg_name_known_person(&ctx, i, e);
				bad += want != got;
				found += got != RELKG_NONE;
				++asked;
			}
		}
		if (k == N_ENTS) {
			break;
		}
		char iri[64];
		snprintf(iri, sizeof(iri), "http://example.org/e/%zu", k);
		size_t x = relkg_mentions_entity(m, ents[k].kind, iri, ents[k].label,
						 strlen(ents[k].label));
		OK(x == k, "entity %zu", k);
		/* the same IRI again: no second entity, nor a second list entry */
		OK(relkg_mentions_entity(m, ents[k].kind, iri, ents[k].label,
					 strlen(ents[k].label)) == k, "entity %zu again", k);
		const char *at = strstr(doc->text, ents[k].label);
		if (at) { /* its first mention in full, where written */
			size_t b = (size_t)(at - doc->text);
			OK(relkg_mentions_add(m, (relkg_span){b, b + strlen(ents[k].label)},
					      relkg_doc_sentence_at(doc, b), x, RELKG_MF_NAME) == RELKG_OK,
			   "mention");
			++many;
		}
	}
	OK(bad == 0, "%zu of %zu answers differ from the scan of every entity", bad, asked);
	OK(found > 10, "people found (%zu)", found);
	OK(many > 5, "mentions added (%zu)", many);
	/* the list: the people with a space in the label, in order, once */
	size_t j = 0, list_bad = 0;
	for (size_t i = 0; i < m->n_ents; ++i) {
		if (m->ents[i].kind == RELKG_ENT_PERSON && m->ents[i].first_len != RELKG_NONE) {
			list_bad += j >= m->n_person_ents || m->person_ents[j] != i;
			++j;
		}
	}
	OK(list_bad == 0 && j == m->n_person_ents, "person list (%zu of %zu)", j,
	   m->n_person_ents);
	EQ_INT(m->n_person_ents, 7);
	relkg_ctx_clear(&ctx);
	relkg_graph_free(graph);
	relkg_doc_free(doc);
}

/* Many people: the list grows past its first allocation. */
static void many_people(void)
{
	relkg_mentions *m = relkg_mentions_new();
	OK(m != NULL, "table");
	if (!m) {
		return;
	}
	char iri[64], label[64];
	for (size_t k = 0; k < 100; ++k) {
		snprintf(iri, sizeof(iri), "http://example.org/p/%zu", k);
		snprintf(label, sizeof(label), k % 3 ? "Ann%zu Lee%zu" : "Solo%zu", k, k);
		relkg_ent_kind kind = k % 5 == 4 ? RELKG_ENT_CITY : RELKG_ENT_PERSON;
		OK(relkg_mentions_entity(m, kind, iri, label, strlen(label)) == k, "entity %zu", k);
	}
	size_t want = 0;
	for (size_t k = 0; k < 100; ++k) {
		want += k % 3 && k % 5 != 4;
	}
	EQ_INT(m->n_person_ents, want);
	size_t bad = 0;
	for (size_t j = 0; j < m->n_person_ents; ++j) {
		size_t i = m->person_ents[j];
		bad += i >= m->n_ents || m->ents[i].kind != RELKG_ENT_PERSON ||
		       (j > 0 && i <= m->person_ents[j - 1]);
	}
	OK(bad == 0, "%zu list entries wrong", bad);
	relkg_mentions_free(m);
}

int main(void)
{
	known_is_scan();
	many_people();
	return DONE();
}
