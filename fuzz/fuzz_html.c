/* libFuzzer target: the html reader alone, on checked input (the reader's
 * contract: valid NUL-terminated UTF-8).  The document it builds must
 * finish or fail with a message, never crash. */
#include "fuzz_common.h"
#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return relkg_fuzz_reader(data, size, "fuzz.html", relkg_read_html);
}
