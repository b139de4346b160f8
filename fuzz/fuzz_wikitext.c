/* libFuzzer target: the wikitext reader alone, on checked input (the
 * reader's contract: valid NUL-terminated UTF-8).  The document it builds
 * must finish or fail with a message, never crash. */
#include <stdlib.h>

#include "doc.h"
#include "fuzz_common.h"
#include "wikitext.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t len = size;
	char *buf = relkg_fuzz_checked(data, &len);
	if (!buf) {
		return 0;
	}
	relkg_doc *doc = relkg_doc_new("fuzz.wiki");
	relkg_diag diag = {{0}};
	if (doc && relkg_read_wikitext(doc, buf, len, &diag) != RELKG_OK && !diag.msg[0]) {
		abort(); /* every error says what is wrong */
	}
	relkg_doc_free(doc);
	free(buf);
	return 0;
}
