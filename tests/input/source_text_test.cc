#include "input/source_text.h"

#include <gtest/gtest.h>

#include <string>

namespace cdkpp::input {
namespace {

TEST(SourceTextTest, LocationCountsCodePoints) {
  std::string text = "ab\né: x\n";
  SourceText source("f.yaml", text);
  EXPECT_EQ("f.yaml:1:1", source.LocationAt(0).ToString());
  EXPECT_EQ("f.yaml:2:1", source.LocationAt(3).ToString());
  EXPECT_EQ("f.yaml:2:2", source.LocationAt(5).ToString());  // after the 2-byte é
  EXPECT_EQ("f.yaml:3:1", source.LocationAt(999).ToString());
}

// Line breaks are found sixteen bytes at a time, then byte by byte: every
// offset of texts with breaks at and around those boundaries maps to the
// line and column a plain count gives.
TEST(SourceTextTest, EveryOffsetMapsToItsLineAndColumn) {
  for (std::string text : {std::string(""), std::string("\n"), std::string(15, 'a') + "\n",
                           std::string(16, 'a') + "\n\n" + std::string(14, 'b'),
                           std::string("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\no\np\nq\n"),
                           std::string(47, 'x') + "\n" + std::string(3, 'y')}) {
    SourceText source("t", text);
    int line = 1;
    int column = 1;
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
      EXPECT_EQ(source.LineAndColumnAt(offset), std::make_pair(line, column)) << offset;
      if (offset < text.size() && text[offset] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
  }
}

TEST(SourceTextTest, ExcerptPutsACaretUnderTheColumn) {
  std::string text = "a: 1\n\tb: [x, y]\r\n";
  SourceText source("f.yaml", text);
  EXPECT_EQ("\tb: [x, y]\n\t    ^", source.Excerpt({"f.yaml", 2, 6}));
  EXPECT_EQ("a: 1\n^", source.Excerpt({"f.yaml", 1, 1}));
  EXPECT_EQ("", source.Excerpt({"f.yaml", 0, 0}));
  EXPECT_EQ("", source.Excerpt({"f.yaml", 9, 1}));
}

TEST(SourceTextTest, LongLinesShowAWindowAroundTheColumn) {
  std::string text = std::string(200, 'a') + "X" + std::string(200, 'b');
  SourceText source("f.yaml", text);
  EXPECT_EQ("..." + std::string(60, 'a') + "X" + std::string(59, 'b') + "...\n" +
                std::string(63, ' ') + "^",
            source.Excerpt({"f.yaml", 1, 201}));
  EXPECT_EQ(std::string(120, 'a') + "...\n" + std::string(4, ' ') + "^",
            source.Excerpt({"f.yaml", 1, 5}));
}

TEST(SourceTextTest, EncodingErrors) {
  EXPECT_FALSE(FindEncodingError("plain ascii\n\ttab\r\n").has_value());
  EXPECT_FALSE(FindEncodingError("é 漢 🙂").has_value());
  EXPECT_EQ(2u, FindEncodingError(std::string("ab\0", 3))->offset);
  EXPECT_EQ(1u, FindEncodingError("a\x01")->offset);
  EXPECT_EQ(1u, FindEncodingError("a\xc3")->offset);             // truncated sequence
  EXPECT_EQ(0u, FindEncodingError("\xc0\xaf")->offset);          // overlong '/'
  EXPECT_EQ(0u, FindEncodingError("\xed\xa0\x80")->offset);      // UTF-16 surrogate
  EXPECT_EQ(0u, FindEncodingError("\xf4\x90\x80\x80")->offset);  // above U+10FFFF
  EXPECT_EQ("invalid UTF-8 byte 0xff (the file must be UTF-8 text; is this a binary file?)",
            FindEncodingError("\xff")->message);
}

TEST(SourceTextTest, QuoteEscapesAndCuts) {
  EXPECT_EQ("\"two\"", Quote("two"));
  EXPECT_EQ("\"a\\\"b\\\\c\\n\\u0001\"", Quote("a\"b\\c\n\x01"));
  EXPECT_EQ("\"ééé...\"", Quote("éééé", 3));
}

TEST(PlainAsciiPrefixTest, StopsAtTheFirstByteThatIsNotPrintableAsciiOrALineFeed) {
  // Every position of two sixteen-byte blocks and an eight-byte word after
  // them, every kind of byte.
  for (unsigned char bad : {0x00, 0x09, 0x0D, 0x1F, 0x7F, 0x80, 0xC3, 0xFF}) {
    for (std::size_t at = 0; at < 43; ++at) {
      std::string text(43, 'a');
      text[3] = '\n';
      text[at] = static_cast<char>(bad);
      EXPECT_EQ(PlainAsciiPrefix(text), at) << int(bad) << " at " << at;
    }
  }
  // Line feeds anywhere in a word, and bytes next to them.
  for (std::size_t feed = 0; feed < 16; ++feed) {
    std::string text(16, 'x');
    text[feed] = '\n';
    EXPECT_EQ(PlainAsciiPrefix(text), 16u) << feed;
    for (unsigned char bad : {0x0B, 0x09, 0x0A + 0x80, 0x8A}) {
      std::string with_bad = text;
      std::size_t at = (feed + 1) % 16;
      with_bad[at] = static_cast<char>(bad);
      EXPECT_EQ(PlainAsciiPrefix(with_bad), at) << feed << " " << int(bad);
    }
  }
  EXPECT_EQ(PlainAsciiPrefix(std::string(16, '\n')), 16u);
  EXPECT_EQ(PlainAsciiPrefix(""), 0u);
  EXPECT_EQ(PlainAsciiPrefix(" ~\nz0123456789 ~"), 16u);
}

}  // namespace
}  // namespace cdkpp::input
