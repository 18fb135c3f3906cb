#include "core/model/AdvanceRequestJson.h"

#include <gtest/gtest.h>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace segurdesk::model;

std::vector<std::string> describe(const FieldErrors& errors)
{
    std::vector<std::string> lines;
    for (const FieldError& error : errors)
        lines.push_back((error.field + QLatin1Char(' ') + error.code).toStdString());
    return lines;
}

TEST(AdvanceRequestJson, RoundTripsTheContractShape)
{
    AdvanceRequest request;
    request.enrollmentId = QStringLiteral("enr-42");
    request.current = {12, 340, 5200};
    request.estimatedAtClosing = {15, 360, 6100};
    const auto parsed = AdvanceRequestJson::fromJson(AdvanceRequestJson::toJson(request));
    EXPECT_TRUE(parsed.errors.isEmpty());
    EXPECT_EQ(parsed.request, request);
    EXPECT_TRUE(validateAdvanceRequest(request).isEmpty());
}

struct Row
{
    const char* name;
    std::string json;
    std::vector<std::string> expected;
};

class AdvanceRequestRows : public ::testing::TestWithParam<Row>
{
};

TEST_P(AdvanceRequestRows, ParsingThenRules)
{
    const auto parsed = AdvanceRequestJson::parse(QByteArray::fromStdString(GetParam().json));
    FieldErrors errors = parsed.errors;
    if (errors.isEmpty())
        errors = validateAdvanceRequest(parsed.request);
    EXPECT_EQ(describe(errors), GetParam().expected);
}

// A mailbox-counts group; each count is given as the JSON text to write ("0", "2.5", "\"3\"").
std::string counts(std::string_view applicative, std::string_view organizational, std::string_view personal)
{
    return std::string(R"({"applicative": )") + std::string(applicative) + R"(, "organizational": )"
        + std::string(organizational) + R"(, "personal": )" + std::string(personal) + "}";
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, AdvanceRequestRows,
    ::testing::Values(
        Row {"zeros_are_fine",
             R"({"enrollment_id": "e1", "current": )" + counts("0", "0", "0") + R"(, "estimated": )"
                 + counts("0", "0", "0") + "}",
             {}},
        Row {"negative",
             R"({"enrollment_id": "e1", "current": )" + counts("-1", "0", "0") + R"(, "estimated": )"
                 + counts("0", "0", "0") + "}",
             {"current.applicative mailbox.negative"}},
        Row {"too_many",
             R"({"enrollment_id": "e1", "current": )" + counts("0", "0", "0") + R"(, "estimated": )"
                 + counts("0", "0", "10000001") + "}",
             {"estimated.personal mailbox.too_large"}},
        Row {"fraction",
             R"({"enrollment_id": "e1", "current": )" + counts("0", "2.5", "0") + R"(, "estimated": )"
                 + counts("0", "0", "0") + "}",
             {"current.organizational field.type"}},
        Row {"count_as_text",
             R"({"enrollment_id": "e1", "current": )" + counts(R"("3")", "0", "0") + R"(, "estimated": )"
                 + counts("0", "0", "0") + "}",
             {"current.applicative field.type"}},
        Row {"count_missing",
             R"({"enrollment_id": "e1", "current": {"applicative": 1, "personal": 2}, "estimated": )"
                 + counts("0", "0", "0") + "}",
             {"current.organizational field.required"}},
        Row {"groups_missing", R"({"enrollment_id": "e1"})", {"current field.required", "estimated field.required"}},
        Row {"group_wrong_type",
             R"({"enrollment_id": "e1", "current": [1, 2, 3], "estimated": )" + counts("0", "0", "0") + "}",
             {"current field.type"}},
        Row {"unknown_member",
             R"({"enrollment_id": "e1", "amount_ht": "1.00", "current": )" + counts("0", "0", "0")
                 + R"(, "estimated": )" + counts("0", "0", "0") + "}",
             {"amount_ht field.unknown"}},
        Row {"enrollment_missing",
             R"({"current": )" + counts("0", "0", "0") + R"(, "estimated": )" + counts("0", "0", "0") + "}",
             {"enrollment_id field.required"}},
        Row {"garbage", std::string("\x00\xff{", 3), {" json.syntax"}}, Row {"empty", "", {" json.syntax"}}),
    [](const auto& row) { return std::string(row.param.name); });

} // namespace
