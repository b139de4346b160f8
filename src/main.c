#include "cli.h"

int main(int argc, char **argv)
{
	return relkg_cli_main(argc, argv);
}
