#pragma once

#include <gtest/gtest.h>
#include <string>

namespace segurdesk::portal::test {

// Names a parameterised test after its row's `name` member.
struct RowName
{
    template<class Row> std::string operator()(const ::testing::TestParamInfo<Row>& row) const
    {
        return row.param.name;
    }
};

} // namespace segurdesk::portal::test
