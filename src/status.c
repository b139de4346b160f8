#include "relkg/relkg.h"

const char *relkg_strerror(relkg_status st)
{
	switch (st) {
	case RELKG_OK: return "success";
	case RELKG_NO_MATCH: return "no match";
	case RELKG_ERR_NOMEM: return "out of memory";
	case RELKG_ERR_IO: return "input/output error";
	case RELKG_ERR_EMPTY: return "no article text";
	case RELKG_ERR_ENCODING: return "invalid encoding (not UTF-8 text)";
	case RELKG_ERR_BINARY: return "binary data, not text";
	case RELKG_ERR_SYNTAX: return "malformed input";
	case RELKG_ERR_TOO_BIG: return "input over the size limit";
	case RELKG_ERR_UNDECLARED: return "term not declared by the ontology";
	case RELKG_ERR_ARG: return "bad argument";
	case RELKG_ERR_RDF: return "RDF library error";
	case RELKG_ERR_INTERNAL: return "internal error";
	}
	return "unknown status";
}
