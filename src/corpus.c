#include "corpus.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"

/* A directory entry: its name and its type as readdir gave it (DT_REG,
 * DT_DIR, DT_LNK, ..., DT_UNKNOWN when the file system does not say). */
typedef struct {
	char *name;
	unsigned char type;
} entry;

/* One directory level being walked: its entries sorted by name. */
typedef struct {
	char *dir;
	entry *names;
	size_t n, next;
} level;

struct relkg_corpus {
	char *const *ops;
	size_t n_ops, next_op;
	FILE *list; /* --files-from, read after the operands */
	int list_is_stdin;
	level *stack;
	size_t depth, cap;
	char *line; /* getline buffer */
	size_t line_cap;
	relkg_buf path; /* the path last returned */
	unsigned char path_type; /* its entry's type when it came from a walk */
	int has_out;    /* the output file, never read as an article */
	dev_t out_dev;
	ino_t out_ino;
};

static relkg_status fail(relkg_diag *d, relkg_status st, const char *what, int err)
{
	snprintf(d->msg, sizeof(d->msg), "%s: %s", what, strerror(err));
	return st;
}

relkg_status relkg_corpus_new(relkg_corpus **out, char *const *ops, size_t n_ops,
			      const char *files_from, relkg_diag *d)
{
	relkg_corpus *c = calloc(1, sizeof(*c));
	if (!c) {
		return RELKG_ERR_NOMEM;
	}
	c->ops = ops;
	c->n_ops = n_ops;
	relkg_buf_init(&c->path);
	if (files_from) {
		c->list_is_stdin = strcmp(files_from, "-") == 0;
		c->list = c->list_is_stdin ? stdin : fopen(files_from, "r");
		if (!c->list) {
			free(c);
			return fail(d, RELKG_ERR_IO, "cannot open the file list", errno);
		}
	}
	*out = c;
	return RELKG_OK;
}

static void pop(relkg_corpus *c)
{
	level *l = &c->stack[--c->depth];
	for (size_t i = 0; i < l->n; ++i) {
		free(l->names[i].name);
	}
	free(l->names);
	free(l->dir);
}

void relkg_corpus_free(relkg_corpus *c)
{
	if (!c) {
		return;
	}
	while (c->depth) {
		pop(c);
	}
	free(c->stack);
	if (c->list && !c->list_is_stdin) {
		fclose(c->list);
	}
	free(c->line);
	relkg_buf_clear(&c->path);
	free(c);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

/* Reads and sorts dir's entries (not "." names) onto the stack. */
static relkg_status push(relkg_corpus *c, const char *dir, relkg_diag *d)
{
	if (c->depth == c->cap) {
		size_t nc = c->cap ? c->cap * 2 : 8;
		level *ns = realloc(c->stack, nc * sizeof(*ns));
		if (!ns) {
			return RELKG_ERR_NOMEM;
		}
		c->stack = ns;
		c->cap = nc;
	}
	DIR *dh = opendir(dir);
	if (!dh) {
		return fail(d, RELKG_ERR_IO, "cannot read the directory", errno);
	}
	level l = {relkg_strndup(dir, strlen(dir)), NULL, 0, 0};
	size_t cap = 0;
	relkg_status st = l.dir ? RELKG_OK : RELKG_ERR_NOMEM;
	struct dirent *e;
	while (st == RELKG_OK && (e = readdir(dh)) != NULL) {
		if (e->d_name[0] == '.') {
			continue;
		}
		if (l.n == cap) {
			cap = cap ? cap * 2 : 64;
			entry *nn = realloc(l.names, cap * sizeof(*nn));
			if (!nn) {
				st = RELKG_ERR_NOMEM;
				break;
			}
			l.names = nn;
		}
		l.names[l.n].type = e->d_type;
		if (!(l.names[l.n].name = relkg_strndup(e->d_name, strlen(e->d_name)))) {
			st = RELKG_ERR_NOMEM;
		} else {
			++l.n;
		}
	}
	closedir(dh);
	c->stack[c->depth++] = l;
	if (st != RELKG_OK) {
		pop(c);
		return st;
	}
	if (l.n) {
		qsort(l.names, l.n, sizeof(*l.names), by_name);
	}
	return RELKG_OK;
}

/* Sets c->path to a/b without doubling the slash. */
static relkg_status join(relkg_buf *b, const char *dir, const char *name)
{
	b->len = 0;
	size_t n = strlen(dir);
	return relkg_buf_printf(b, "%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

/* Next line of the file list into c->path; RELKG_NO_MATCH at its end. */
static relkg_status list_line(relkg_corpus *c, relkg_diag *d)
{
	ssize_t k;
	while ((k = getline(&c->line, &c->line_cap, c->list)) >= 0) {
		while (k > 0 && (c->line[k - 1] == '\n' || c->line[k - 1] == '\r')) {
			c->line[--k] = '\0';
		}
		if (k == 0) {
			continue;
		}
		c->path.len = 0;
		return relkg_buf_append(&c->path, c->line, (size_t)k);
	}
	relkg_status st = ferror(c->list) ? fail(d, RELKG_ERR_IO, "read error", errno)
					  : RELKG_NO_MATCH;
	if (!c->list_is_stdin) {
		fclose(c->list);
	}
	c->list = NULL; /* read once: an error is not repeated */
	return st;
}

/* The next candidate path (operand, list line or directory entry) into
 * c->path; *from_dir says it came from a walk. */
static relkg_status candidate(relkg_corpus *c, int *from_dir, relkg_diag *d)
{
	while (c->depth) {
		level *l = &c->stack[c->depth - 1];
		if (l->next < l->n) {
			*from_dir = 1;
			c->path_type = l->names[l->next].type;
			return join(&c->path, l->dir, l->names[l->next++].name);
		}
		pop(c);
	}
	*from_dir = 0;
	if (c->next_op < c->n_ops) {
		c->path.len = 0;
		return relkg_buf_puts(&c->path, c->ops[c->next_op++]);
	}
	return c->list ? list_line(c, d) : RELKG_NO_MATCH;
}

void relkg_corpus_exclude_fd(relkg_corpus *c, int fd)
{
	struct stat sb;
	c->has_out = fd >= 0 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode);
	if (c->has_out) {
		c->out_dev = sb.st_dev;
		c->out_ino = sb.st_ino;
	}
}

static int is_output(const relkg_corpus *c, const struct stat *sb)
{
	return c->has_out && sb->st_dev == c->out_dev && sb->st_ino == c->out_ino;
}

relkg_status relkg_corpus_next(relkg_corpus *c, const char **path, relkg_diag *d)
{
	for (;;) {
		int from_dir;
		d->msg[0] = '\0';
		relkg_status st = candidate(c, &from_dir, d);
		if (st != RELKG_OK) {
			*path = st == RELKG_NO_MATCH ? NULL : "(file list)";
			return st;
		}
		*path = c->path.data;
		if (strcmp(c->path.data, "-") == 0 && !from_dir) {
			return RELKG_OK;
		}
		if (from_dir && c->path_type == DT_REG && !c->has_out) {
			return RELKG_OK; /* what stat would tell: a regular file, not the output */
		}
		struct stat sb, lb;
		if (stat(c->path.data, &sb) != 0) {
			return RELKG_OK; /* the reader reports it */
		}
		if (!S_ISDIR(sb.st_mode)) {
			if (from_dir && !S_ISREG(sb.st_mode)) {
				continue; /* sockets, FIFOs inside a tree */
			}
			if (is_output(c, &sb) && from_dir) {
				continue; /* the run's own output, inside a tree */
			}
			if (is_output(c, &sb)) {
				snprintf(d->msg, sizeof(d->msg), "input file is the output file");
				return RELKG_ERR_ARG;
			}
			return RELKG_OK;
		}
		if (from_dir && lstat(c->path.data, &lb) == 0 && S_ISLNK(lb.st_mode)) {
			continue; /* no symbolic links to directories: no cycles */
		}
		if ((st = push(c, c->path.data, d)) != RELKG_OK) {
			return st;
		}
	}
}

int relkg_corpus_is_many(char *const *ops, size_t n_ops, const char *files_from)
{
	if (files_from || n_ops > 1) {
		return 1;
	}
	struct stat sb;
	return n_ops == 1 && strcmp(ops[0], "-") != 0 && stat(ops[0], &sb) == 0 &&
	       S_ISDIR(sb.st_mode);
}

relkg_status relkg_corpus_count(char *const *ops, size_t n_ops, const char *files_from,
				size_t *files, unsigned long long *bytes)
{
	if (files_from && strcmp(files_from, "-") == 0) {
		return RELKG_NO_MATCH;
	}
	for (size_t i = 0; i < n_ops; ++i) {
		if (strcmp(ops[i], "-") == 0) {
			return RELKG_NO_MATCH;
		}
	}
	relkg_corpus *c;
	relkg_diag d = {{0}};
	if (relkg_corpus_new(&c, ops, n_ops, files_from, &d) != RELKG_OK) {
		return RELKG_NO_MATCH;
	}
	*files = 0;
	*bytes = 0;
	const char *p;
	relkg_status st;
	while ((st = relkg_corpus_next(c, &p, &d)) != RELKG_NO_MATCH) {
		struct stat sb;
		if (st == RELKG_OK && stat(p, &sb) == 0) {
			++*files;
			*bytes += (unsigned long long)sb.st_size;
		} else if (st == RELKG_ERR_NOMEM) {
			break;
		}
	}
	relkg_corpus_free(c);
	return st == RELKG_NO_MATCH ? RELKG_OK : RELKG_NO_MATCH;
}
