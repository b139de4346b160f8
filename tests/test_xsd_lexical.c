#include "harness.h"
#include "xsd_lexical.h"

#define X(t) RELKG_NS_XSD t

int main(void)
{
	EQ_INT(relkg_xsd_valid(X("date"), "1993-10-11"), 1);
	EQ_INT(relkg_xsd_valid(X("date"), "2000-02-29"), 1);
	EQ_INT(relkg_xsd_valid(X("date"), "1900-02-29"), 0);
	EQ_INT(relkg_xsd_valid(X("date"), "2014-13-01"), 0);
	EQ_INT(relkg_xsd_valid(X("date"), "2014-04-31"), 0);
	EQ_INT(relkg_xsd_valid(X("date"), "2014-4-1"), 0);
	EQ_INT(relkg_xsd_valid(X("date"), "2014-04-01Z"), 1);
	EQ_INT(relkg_xsd_valid(X("date"), "2014-04-01+09:00"), 1);
	EQ_INT(relkg_xsd_valid(X("gYearMonth"), "1994-03"), 1);
	EQ_INT(relkg_xsd_valid(X("gYearMonth"), "1994-00"), 0);
	EQ_INT(relkg_xsd_valid(X("gYearMonth"), "1994"), 0);
	EQ_INT(relkg_xsd_valid(X("gYear"), "2010"), 1);
	EQ_INT(relkg_xsd_valid(X("gYear"), "0000"), 0);
	EQ_INT(relkg_xsd_valid(X("gYear"), "201"), 0);
	EQ_INT(relkg_xsd_valid(X("gYear"), "2010-01"), 0);
	EQ_INT(relkg_xsd_valid(X("decimal"), "34"), 1);
	EQ_INT(relkg_xsd_valid(X("decimal"), "-0.5"), 1);
	EQ_INT(relkg_xsd_valid(X("decimal"), ".5"), 1);
	EQ_INT(relkg_xsd_valid(X("decimal"), "1e3"), 0);
	EQ_INT(relkg_xsd_valid(X("decimal"), "."), 0);
	EQ_INT(relkg_xsd_valid(X("nonNegativeInteger"), "0"), 1);
	EQ_INT(relkg_xsd_valid(X("nonNegativeInteger"), "-3"), 0);
	EQ_INT(relkg_xsd_valid(X("positiveInteger"), "0"), 0);
	EQ_INT(relkg_xsd_valid(X("positiveInteger"), "12"), 1);
	EQ_INT(relkg_xsd_valid(X("boolean"), "yes"), 0);
	EQ_INT(relkg_xsd_valid(X("duration"), "P1Y"), -1);
	EQ_INT(relkg_xsd_valid("http://example.org/dt", "x"), -1);
	return DONE();
}
