#include "input/number.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace cdkpp::input {
namespace {

Json Read(std::string_view text) {
  Json out;
  std::optional<std::string> error = ReadNumber(text, &out);
  EXPECT_FALSE(error.has_value()) << *error;
  return out;
}

std::string NumberError(std::string_view text) {
  Json out;
  return ReadNumber(text, &out).value_or("no error");
}

TEST(ReadNumberTest, IntegersStayIntegersWhileTheyFit) {
  EXPECT_TRUE(Read("42").is_number_unsigned());
  EXPECT_EQ(Read("-9223372036854775808"), Json(INT64_MIN));
  EXPECT_EQ(Read("18446744073709551615"), Json(UINT64_MAX));
  EXPECT_EQ(Read("+7"), Json(7));
  // One past uint64: the nearest double.
  Json big = Read("18446744073709551616");
  EXPECT_TRUE(big.is_number_float());
  EXPECT_EQ(big.get<double>(), 18446744073709551616.0);
}

TEST(ReadNumberTest, FloatsAndTheEdgesOfTheDoubleRange) {
  EXPECT_EQ(Read("1.5"), Json(1.5));
  EXPECT_EQ(Read("1e300"), Json(1e300));
  EXPECT_EQ(Read("1e-999"), Json(0.0));  // too small: zero, as every reader rounds
  EXPECT_EQ(Read("1" + std::string(300, '0')), Json(1e300));
}

TEST(ReadNumberTest, BeyondTheDoubleRangeIsAnErrorNeverZeroOrInfinity) {
  EXPECT_EQ(NumberError("1e999"),
            "number \"1e999\" is out of range (the largest is about 1.8e308)");
  EXPECT_EQ(NumberError("-1e999"),
            "number \"-1e999\" is out of range (the largest is about 1.8e308)");
  std::string digits(400, '9');
  EXPECT_EQ(NumberError(digits), "number \"" + std::string(30, '9') +
                                     "...\" is out of range (the largest is about 1.8e308)");
  EXPECT_EQ(NumberError("0.00001e99999999999999999999"),
            "number \"0.00001e99999999999999999999\" is out of range (the largest is about "
            "1.8e308)");
  EXPECT_EQ(Read("1000e-999999999999"), Json(0.0));
}

}  // namespace
}  // namespace cdkpp::input
