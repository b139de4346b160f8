/* Lexical forms of the XSD datatypes the graph uses: is "2014-02-30" a
 * valid xsd:date?  Pure functions over strings, no allocation. */
#ifndef RELKG_XSD_LEXICAL_H
#define RELKG_XSD_LEXICAL_H

#define RELKG_NS_XSD "http://www.w3.org/2001/XMLSchema#"

/* 1 valid, 0 invalid, -1 a datatype this module does not know. */
int relkg_xsd_valid(const char *datatype_iri, const char *lexical);

#endif
