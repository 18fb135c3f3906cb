#include "core/validation/InputText.h"

#include <gtest/gtest.h>

using segurdesk::validation::foldCaseAndAccents;

namespace {

// What the dashboard's search and the sandbox's secret answers compare.
TEST(InputText, FoldCaseAndAccentsKeepsLettersWithoutTheirAccents)
{
    struct Row
    {
        const char* name;
        const char* input;
        const char* folded;
    };
    const Row rows[] = {
        {"accents and capitals", "Société Générale ÉLÉPHANT", "societe generale elephant"},
        {"ligature and cedilla", "ŒUVRE ç", "œuvre c"},
        {"already decomposed", "Cafe\u0301", "cafe"},
        {"whitespace kept", "  a\u00a0B ", "  a\u00a0b "},
        {"empty", "", ""},
    };
    for (const Row& row : rows)
        EXPECT_EQ(foldCaseAndAccents(QString::fromUtf8(row.input)), QString::fromUtf8(row.folded)) << row.name;
}

} // namespace
