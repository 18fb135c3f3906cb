#pragma once

// QTest's QTRY_* macros report to QTest's own result, which GoogleTest never reads: inside a
// GoogleTest test, a QTRY that stays false returns from the test, which then passes. These wait
// the same way (QTest::qWaitFor runs the event loop, no sleep) and fail the GoogleTest test with
// the expression that never came true. Include this header instead of <QTest>.
#include <QTest>

#include <gtest/gtest.h>

// NOLINTBEGIN(cppcoreguidelines-macro-usage): they stand in for QTest's macros of the same names.
#undef QTRY_VERIFY_WITH_TIMEOUT
#define QTRY_VERIFY_WITH_TIMEOUT(expr, timeout)                                                                        \
    ASSERT_TRUE(QTest::qWaitFor([&] { return bool(expr); }, timeout))                                                  \
        << "still false after " << (timeout) << " ms: " #expr

#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 5000)

#undef QTRY_COMPARE_WITH_TIMEOUT
#define QTRY_COMPARE_WITH_TIMEOUT(expr, expected, timeout)                                                             \
    do {                                                                                                               \
        static_cast<void>(QTest::qWaitFor([&] { return (expr) == (expected); }, timeout));                             \
        ASSERT_EQ(expr, expected) << "after " << (timeout) << " ms";                                                   \
    } while (false)

#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT(expr, expected, 5000)
// NOLINTEND(cppcoreguidelines-macro-usage)
