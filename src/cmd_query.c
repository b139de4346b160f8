/* relkg query: PLACEHOLDER until implemented. */
#include "cli.h"
#include "relkg/relkg.h"

int relkg_cmd_query(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	relkg_error("query: not implemented yet");
	return RELKG_EXIT_USAGE;
}
