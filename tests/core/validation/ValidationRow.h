#pragma once

#include "core/validation/ValidationResult.h"

#include <QString>

#include <gtest/gtest.h>
#include <ostream>
#include <string>

// One named row of a table-driven validator test. `code` empty means the value is accepted
// (Ok or Warning); `normalized` null means the normalized form is not checked.
struct ValidationRow
{
    const char* name;
    const char16_t* input;
    const char* code;
    const char16_t* normalized = nullptr;
};

inline void PrintTo(const ValidationRow& row, std::ostream* os)
{
    *os << row.name;
}

inline std::string rowName(const testing::TestParamInfo<ValidationRow>& info)
{
    return info.param.name;
}

inline void expectMatches(const segurdesk::ValidationResult& result, const ValidationRow& row)
{
    const QString expectedCode = QString::fromLatin1(row.code);
    EXPECT_EQ(result.code.toStdString(), expectedCode.toStdString());
    EXPECT_EQ(result.isValid(), expectedCode.isEmpty());
    if (row.normalized != nullptr) {
        EXPECT_EQ(result.normalized.toStdString(), QString::fromUtf16(row.normalized).toStdString());
    }
    if (!result.isValid()) {
        EXPECT_FALSE(result.message.isEmpty());
    }
}
