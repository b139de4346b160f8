/* relkg load: PLACEHOLDER until implemented. */
#include "cli.h"
#include "relkg/relkg.h"

int relkg_cmd_load(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	relkg_error("load: not implemented yet");
	return RELKG_EXIT_USAGE;
}
