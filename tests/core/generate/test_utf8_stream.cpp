// Utf8Stream: whole characters only, stop strings across token boundaries.
#include "core/generate/utf8_stream.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace falconry {
namespace {

TEST(Utf8Stream, HoldsACharacterSplitAcrossTokens)
{
    Utf8Stream stream;
    EXPECT_EQ(stream.push("caf"), "caf");
    EXPECT_EQ(stream.push("\xC3"), "");
    EXPECT_EQ(stream.push("\xA9!"), "\xC3\xA9!");
    // U+1F600 (F0 9F 98 80) in three tokens.
    EXPECT_EQ(stream.push("\xF0"), "");
    EXPECT_EQ(stream.push("\x9F\x98"), "");
    EXPECT_EQ(stream.push("\x80"), "\xF0\x9F\x98\x80");
    EXPECT_EQ(stream.finish(), "");
    EXPECT_EQ(stream.text(), "caf\xC3\xA9!\xF0\x9F\x98\x80");
}

TEST(Utf8Stream, ReplacesBytesThatCanNeverFormACharacter)
{
    Utf8Stream stream;
    EXPECT_EQ(stream.push("a\xFF"), "a\xEF\xBF\xBD");
    EXPECT_EQ(stream.push("\xC3"), "");
    EXPECT_EQ(stream.push("b"), "\xEF\xBF\xBD" "b");
    // A lone continuation byte, and a surrogate encoding (ED A0 80) are invalid too.
    EXPECT_EQ(stream.push("\x80"), "\xEF\xBF\xBD");
    EXPECT_EQ(stream.push("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8Stream, FinishDropsAnIncompleteCharacterAtTheEnd)
{
    Utf8Stream stream;
    EXPECT_EQ(stream.push("a\xE2\x82"), "a");
    EXPECT_EQ(stream.finish(), "");
    EXPECT_EQ(stream.text(), "a");
}

TEST(Utf8Stream, StopStringAcrossTokensIsTrimmed)
{
    Utf8Stream stream({"\nUser:"});
    EXPECT_EQ(stream.push("Hello"), "Hello");
    EXPECT_EQ(stream.push(" there\nUs"), " there");
    EXPECT_FALSE(stream.stopped());
    EXPECT_EQ(stream.push("er: next"), "");
    EXPECT_TRUE(stream.stopped());
    EXPECT_EQ(stream.matchedStop(), "\nUser:");
    EXPECT_EQ(stream.push("more"), "");
    EXPECT_EQ(stream.finish(), "");
    EXPECT_EQ(stream.text(), "Hello there");
}

TEST(Utf8Stream, HeldPrefixIsReleasedWhenItDoesNotContinue)
{
    Utf8Stream stream({"\nUser:"});
    EXPECT_EQ(stream.push("a\n"), "a");
    EXPECT_EQ(stream.push("U"), "");
    EXPECT_EQ(stream.push("nder"), "\nUnder");
    EXPECT_EQ(stream.push("\nUse"), "");
    EXPECT_EQ(stream.finish(), "\nUse");
    EXPECT_FALSE(stream.stopped());
    EXPECT_EQ(stream.text(), "a\nUnder\nUse");
}

TEST(Utf8Stream, StopStringInsideOneTokenAndEarliestWins)
{
    Utf8Stream stream({"###", "\nUser:"});
    EXPECT_EQ(stream.push("abc\nUser: x ### y"), "abc");
    EXPECT_EQ(stream.matchedStop(), "\nUser:");

    Utf8Stream both({"\nUser:", "c\n"});
    EXPECT_EQ(both.push("abc\nUser:"), "ab");
    EXPECT_EQ(both.matchedStop(), "c\n");
}

TEST(Utf8Stream, StopStringWithMultiByteCharacterSplitInBytes)
{
    Utf8Stream stream({"\xC3\xA9t\xC3\xA9"}); // "été"
    EXPECT_EQ(stream.push("l'\xC3"), "l'");
    EXPECT_EQ(stream.push("\xA9t\xC3"), "");
    EXPECT_EQ(stream.push("\xA9 chaud"), "");
    EXPECT_TRUE(stream.stopped());
    EXPECT_EQ(stream.text(), "l'");
}

TEST(Utf8Stream, RepeatedPrefixCharactersAreNotLost)
{
    // "aab" contains the stop "ab" starting at the second 'a'.
    Utf8Stream stream({"ab"});
    EXPECT_EQ(stream.push("a"), "");
    EXPECT_EQ(stream.push("a"), "a");
    EXPECT_EQ(stream.push("b"), "");
    EXPECT_TRUE(stream.stopped());
    EXPECT_EQ(stream.text(), "a");
}

TEST(Utf8Stream, EmptyStopStringsAreIgnored)
{
    Utf8Stream stream({""});
    EXPECT_EQ(stream.push("text"), "text");
    EXPECT_FALSE(stream.stopped());
}

} // namespace
} // namespace falconry
