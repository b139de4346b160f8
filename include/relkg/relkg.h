/* relkg: articles about relations between countries in, RDF out.
 *
 * Public contract: status codes, exit codes and the version.  Everything
 * else is private to src/.  Objects are opaque; every _new has a _free and
 * _free(NULL) is a no-op. */
#ifndef RELKG_RELKG_H
#define RELKG_RELKG_H

#define RELKG_VERSION "0.1.0"

#if defined(__GNUC__)
#define RELKG_NODISCARD __attribute__((warn_unused_result))
#else
#define RELKG_NODISCARD
#endif

/* One status enum for the whole program: 0 success, then "no match / end",
 * then real errors. */
typedef enum {
	RELKG_OK = 0,
	RELKG_NO_MATCH,     /* non-fatal: nothing found / end of input */
	RELKG_ERR_NOMEM,
	RELKG_ERR_IO,       /* cannot open, read or write */
	RELKG_ERR_EMPTY,    /* input has no text */
	RELKG_ERR_ENCODING, /* invalid UTF-8, NUL byte, UTF-16 */
	RELKG_ERR_BINARY,   /* input is not text */
	RELKG_ERR_SYNTAX,   /* malformed markup or data file */
	RELKG_ERR_TOO_BIG,  /* over a documented limit */
	RELKG_ERR_UNDECLARED, /* an ontology term the ontology does not declare */
	RELKG_ERR_ARG,      /* bad argument (programming or usage error) */
	RELKG_ERR_RDF,      /* raptor/librdf reported an error */
	RELKG_ERR_INTERNAL
} relkg_status;

/* Static English description of a status; never NULL. */
const char *relkg_strerror(relkg_status st);

/* Process exit codes (documented in relkg(1) and --help). */
enum {
	RELKG_EXIT_OK = 0,
	RELKG_EXIT_DATA = 1,  /* an input could not be read as an article */
	RELKG_EXIT_USAGE = 2, /* bad command line */
	RELKG_EXIT_IO = 3,    /* cannot open or write a file */
	RELKG_EXIT_PARTIAL = 4 /* corpus mode: some inputs were skipped */
};

#endif
