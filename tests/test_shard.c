/* shard.c: the FNV-1a 64 hash (published test vectors), K/N parsing, and
 * that the N shards partition any set of titles. */
#include "harness.h"
#include "shard.h"

int main(void)
{
	/* FNV-1a 64 vectors from the reference implementation's test suite */
	OK(relkg_shard_hash("", 0) == 0xcbf29ce484222325ULL, "empty");
	OK(relkg_shard_hash("a", 1) == 0xaf63dc4c8601ec8cULL, "a");
	OK(relkg_shard_hash("foobar", 6) == 0x85944171f73967e8ULL, "foobar");

	relkg_shard sh;
	EQ_INT(relkg_shard_parse(&sh, "2/5"), RELKG_OK);
	EQ_INT(sh.k, 2);
	EQ_INT(sh.n, 5);
	EQ_INT(relkg_shard_parse(&sh, "1/1"), RELKG_OK);
	const char *bad[] = {"0/3", "4/3", "1/0", "", "/", "1/", "/3", "a/3", "1/3x", "-1/3",
			     "1 /3", "+1/3", "1/99999999999999999999999"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); ++i) {
		OK(relkg_shard_parse(&sh, bad[i]) == RELKG_ERR_ARG, "'%s' refused", bad[i]);
	}

	/* every title in exactly one of N shards, and no shard empty */
	char title[32];
	for (unsigned long n = 1; n <= 7; ++n) {
		int per[8] = {0}, wrong = 0;
		for (int t = 0; t < 700; ++t) {
			int len = snprintf(title, sizeof(title), "Country%d-Country%d relations", t, t * 7);
			int hits = 0;
			for (unsigned long k = 1; k <= n; ++k) {
				relkg_shard s = {k, n};
				if (relkg_shard_keeps(&s, title, (size_t)len)) {
					++hits;
					++per[k];
				}
			}
			wrong += hits != 1;
		}
		EQ_INT(wrong, 0);
		for (unsigned long k = 1; k <= n; ++k) {
			OK(per[k] > 700 / (int)n / 2, "shard %lu/%lu holds %d of 700", k, n, per[k]);
		}
	}
	return DONE();
}
