/* The survey rule set (issue 4): opinion polls the article reports
 * ("According to a 2012 X survey, 72% of Japanese people view Russia
 * unfavorably, compared with 22% who viewed it favorably") as rkg:Survey
 * nodes (conductedBy, date, respondents, about, ranking) with one
 * rkg:SurveyResult per figure (opinion, percentage).  Reads the mention
 * table; registered after the entity rule sets. */
#ifndef RELKG_RULES_SURVEYS_H
#define RELKG_RULES_SURVEYS_H
#include "extract.h"

RELKG_NODISCARD relkg_status relkg_rules_surveys(relkg_ctx *ctx);

#endif
