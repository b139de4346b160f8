#include "format.h"

#include <string.h>

const relkg_format relkg_formats[] = {
	{"turtle", "turtle", "ttl turtle", "Turtle (default)", 0},
	{"ntriples", "ntriples", "nt", "N-Triples", 0},
	{"nquads", "nquads", "nq", "N-Quads (one named graph per article)", 1},
	{"rdfxml", "rdfxml-abbrev", "rdf owl xml", "RDF/XML", 0},
	{"json", "json", "json rj", "RDF/JSON (Talis)", 0},
	{NULL, NULL, NULL, NULL, 0},
};

const relkg_format *relkg_format_by_name(const char *name)
{
	for (const relkg_format *f = relkg_formats; f->name; ++f) {
		if (strcmp(f->name, name) == 0) {
			return f;
		}
	}
	if (strcmp(name, "rdfxml-abbrev") == 0) {
		return relkg_format_by_name("rdfxml");
	}
	return NULL;
}

const relkg_format *relkg_format_guess(const char *path)
{
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');
	if (!dot || (slash && dot < slash)) {
		return NULL;
	}
	++dot;
	size_t n = strlen(dot);
	for (const relkg_format *f = relkg_formats; f->name; ++f) {
		const char *e = f->exts;
		while (*e) {
			size_t k = strcspn(e, " ");
			if (k == n && strncmp(e, dot, n) == 0) {
				return f;
			}
			e += k;
			while (*e == ' ') {
				++e;
			}
		}
	}
	return NULL;
}
