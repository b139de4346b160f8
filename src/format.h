/* The output formats: one table drives names, guessing by file extension
 * and --help. */
#ifndef RELKG_FORMAT_H
#define RELKG_FORMAT_H

typedef struct {
	const char *name;   /* as rapper spells it: "turtle" */
	const char *raptor; /* raptor2 serializer name */
	const char *exts;   /* space-separated extensions without dot */
	const char *label;
	int quads;          /* carries named graphs */
} relkg_format;

extern const relkg_format relkg_formats[]; /* terminated by name == NULL */

const relkg_format *relkg_format_by_name(const char *name);
/* By the file name's extension, or NULL. */
const relkg_format *relkg_format_guess(const char *path);

#endif
