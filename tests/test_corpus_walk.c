/* relkg_corpus_next walking a directory: entries in byte order, regular
 * files handed out (those readdir already calls regular without a stat
 * of their own), FIFOs and symbolic links to directories passed over,
 * symbolic links to files followed, and the run's output file (a
 * regular file, relkg_corpus_exclude_fd) passed over. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "corpus.h"
#include "harness.h"

static char root[] = "/tmp/relkg-corpus-walk-XXXXXX";

static void put(const char *rel, const char *text)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", root, rel);
	FILE *fh = fopen(p, "w");
	OK(fh != NULL, "create %s", p);
	if (fh) {
		fputs(text, fh);
		fclose(fh);
	}
}

static void make_tree(void)
{
	char p[256], q[256];
	OK(mkdtemp(root) != NULL, "mkdtemp");
	snprintf(p, sizeof(p), "%s/a", root);
	OK(mkdir(p, 0700) == 0, "mkdir a");
	put("a/x.txt", "x");
	put("b.txt", "b");
	put(".hidden", "h");
	snprintf(p, sizeof(p), "%s/f", root);
	OK(mkfifo(p, 0600) == 0, "mkfifo f");
	snprintf(p, sizeof(p), "%s/l", root);
	snprintf(q, sizeof(q), "%s/a", root);
	OK(symlink(q, p) == 0, "symlink l -> a");
	snprintf(p, sizeof(p), "%s/m", root);
	snprintf(q, sizeof(q), "%s/b.txt", root);
	OK(symlink(q, p) == 0, "symlink m -> b.txt");
}

/* Walks root (excluding fd when >= 0) into got: the paths below root,
 * one per line. */
static void walk(int fd, char *got, size_t cap)
{
	char *ops[] = {root};
	relkg_corpus *c = NULL;
	relkg_diag d = {{0}};
	got[0] = '\0';
	if (relkg_corpus_new(&c, ops, 1, NULL, &d) != RELKG_OK) {
		OK(0, "relkg_corpus_new");
		return;
	}
	relkg_corpus_exclude_fd(c, fd);
	const char *p;
	relkg_status st;
	while ((st = relkg_corpus_next(c, &p, &d)) == RELKG_OK) {
		size_t n = strlen(got);
		snprintf(got + n, cap - n, "%s\n", p + strlen(root) + 1);
	}
	EQ_INT(st, RELKG_NO_MATCH);
	relkg_corpus_free(c);
}

static void remove_tree(void)
{
	static const char *const rel[] = {"a/x.txt", "b.txt", ".hidden", "f", "l", "m"};
	char p[256];
	for (size_t i = 0; i < sizeof(rel) / sizeof(*rel); ++i) {
		snprintf(p, sizeof(p), "%s/%s", root, rel[i]);
		unlink(p);
	}
	snprintf(p, sizeof(p), "%s/a", root);
	rmdir(p);
	rmdir(root);
}

int main(void)
{
	char buf[1024], p[256];
	const char *got = buf;
	make_tree();
	walk(-1, buf, sizeof(buf));
	EQ_STR(got, "a/x.txt\nb.txt\nm\n");
	/* the output open on a regular file of the tree: passed over, and
	 * so is nothing else */
	snprintf(p, sizeof(p), "%s/b.txt", root);
	int fd = open(p, O_WRONLY | O_APPEND);
	OK(fd >= 0, "open b.txt");
	walk(fd, buf, sizeof(buf));
	EQ_STR(got, "a/x.txt\n"); /* m, a link to it, too */
	if (fd >= 0) {
		close(fd);
	}
	/* a file open as output elsewhere (not in the tree): nothing passed over */
	fd = open("/dev/null", O_WRONLY);
	walk(fd, buf, sizeof(buf));
	EQ_STR(got, "a/x.txt\nb.txt\nm\n");
	if (fd >= 0) {
		close(fd);
	}
	remove_tree();
	return DONE();
}
