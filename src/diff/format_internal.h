#ifndef CDKPP_SRC_DIFF_FORMAT_INTERNAL_H_
#define CDKPP_SRC_DIFF_FORMAT_INTERNAL_H_

#include <string>

#include "cdkpp/diff/format_diff.h"

namespace cdkpp::diff {

std::string FormatText(const TemplateDiff& diff, const FormatOptions& options);
std::string FormatJson(const TemplateDiff& diff, const FormatOptions& options);
std::string FormatMarkdown(const TemplateDiff& diff, const FormatOptions& options);

/// "1 to add, 2 to update, 1 to replace, ..." (no trailing newline).
std::string SummaryLine(const TemplateDiff& diff);

/// One line describing a statement: "Allow kinesis:PutRecord on ${Stream.Arn}".
std::string DescribeStatement(const IamStatement& s);

/// "ingress tcp 3306 from 0.0.0.0/0" style description of a rule.
std::string DescribeRule(const SecurityGroupRule& r);

}  // namespace cdkpp::diff

#endif  // CDKPP_SRC_DIFF_FORMAT_INTERNAL_H_
