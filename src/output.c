#define _GNU_SOURCE /* sync_file_range (Linux) */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"

struct relkg_output {
	FILE *fh;
	char *path; /* target, NULL for stdout */
	char *tmp;
};

relkg_status relkg_output_open(relkg_output **out, const char *path, relkg_diag *d)
{
	relkg_output *o = calloc(1, sizeof(*o));
	if (!o) {
		return RELKG_ERR_NOMEM;
	}
	if (strcmp(path, "-") == 0) {
		o->fh = stdout;
		*out = o;
		return RELKG_OK;
	}
	struct stat sb;
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		/* a device or FIFO (/dev/full, /dev/stdout): write it directly */
		o->fh = fopen(path, "wb");
		if (!o->fh) {
			snprintf(d->msg, sizeof(d->msg), "cannot open for writing: %s", strerror(errno));
			free(o);
			return RELKG_ERR_IO;
		}
		*out = o;
		return RELKG_OK;
	}
	relkg_buf b;
	relkg_buf_init(&b);
	if (relkg_buf_printf(&b, "%s.tmpXXXXXX", path) != RELKG_OK) {
		free(o);
		return RELKG_ERR_NOMEM;
	}
	int fd = mkstemp(b.data);
	if (fd < 0) {
		snprintf(d->msg, sizeof(d->msg), "cannot create a file beside it: %s", strerror(errno));
		relkg_buf_clear(&b);
		free(o);
		return RELKG_ERR_IO;
	}
	fchmod(fd, 0644);
	o->fh = fdopen(fd, "wb");
	o->tmp = relkg_buf_steal(&b);
	o->path = relkg_strndup(path, strlen(path));
	if (!o->fh || !o->path) {
		if (o->fh) {
			fclose(o->fh);
		} else {
			close(fd);
		}
		unlink(o->tmp);
		free(o->tmp);
		free(o->path);
		free(o);
		return RELKG_ERR_NOMEM;
	}
	*out = o;
	return RELKG_OK;
}

FILE *relkg_output_file(relkg_output *out)
{
	return out->fh;
}

static void release(relkg_output *o)
{
	free(o->tmp);
	free(o->path);
	free(o);
}

/* fsync the directory holding path; best effort (some file systems refuse
 * it, and the data itself is already synced). */
static void sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? relkg_strndup(path, slash == path ? 1 : (size_t)(slash - path))
			  : relkg_strndup(".", 1);
	if (!dir) {
		return;
	}
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

void relkg_output_write_behind(relkg_output *o)
{
#ifdef SYNC_FILE_RANGE_WRITE
	if (o->tmp) {
		/* best effort: commit's fsync checks the outcome */
		(void)sync_file_range(fileno(o->fh), 0, 0, SYNC_FILE_RANGE_WRITE);
	}
#else
	(void)o;
#endif
}

relkg_status relkg_output_commit(relkg_output *o, relkg_diag *d)
{
	int bad = fflush(o->fh) != 0 || ferror(o->fh);
	int err = errno;
	if (!bad && o->tmp && fsync(fileno(o->fh)) != 0) {
		bad = 1;
		err = errno;
	}
	if (o->fh == stdout) {
		release(o);
		if (bad) {
			snprintf(d->msg, sizeof(d->msg), "write error: %s", strerror(err));
		}
		return bad ? RELKG_ERR_IO : RELKG_OK;
	}
	if (fclose(o->fh) != 0 && !bad) {
		bad = 1;
		err = errno;
	}
	if (!bad && o->tmp && rename(o->tmp, o->path) != 0) {
		bad = 1;
		err = errno;
	}
	if (!bad && o->tmp) {
		sync_dir(o->path); /* the rename itself survives a crash */
	}
	if (bad) {
		snprintf(d->msg, sizeof(d->msg), "write error: %s", strerror(err));
		if (o->tmp) {
			unlink(o->tmp);
		}
	}
	release(o);
	return bad ? RELKG_ERR_IO : RELKG_OK;
}

void relkg_output_abort(relkg_output *o)
{
	if (!o) {
		return;
	}
	if (o->fh != stdout) {
		fclose(o->fh);
	}
	if (o->tmp) {
		unlink(o->tmp);
	}
	release(o);
}
