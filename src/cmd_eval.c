/* relkg eval: PLACEHOLDER until implemented. */
#include "cli.h"
#include "relkg/relkg.h"

int relkg_cmd_eval(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	relkg_error("eval: not implemented yet");
	return RELKG_EXIT_USAGE;
}
