/* relkg check: PLACEHOLDER until implemented. */
#include "cli.h"
#include "relkg/relkg.h"

int relkg_cmd_check(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	relkg_error("check: not implemented yet");
	return RELKG_EXIT_USAGE;
}
