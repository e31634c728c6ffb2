#include "export/zip_archive.h"

#include "export_test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob::exporting;

TEST_CASE("A zip written and read back holds the same files, sorted by name", "[export][zip]")
{
    const std::string big(200000, 'a');
    const std::string bytes = writeZip({{"b/second.txt", "two", ZipCompression::Deflate},
                                        {"a.png", "\x89PNG not really", ZipCompression::Store},
                                        {"c.json", big, ZipCompression::Deflate}});
    CHECK(bytes.size() < big.size() / 10); // deflated
    const ZipReader reader(bytes);
    REQUIRE(reader.entries().size() == 3);
    CHECK(reader.entries()[0].name == "a.png");
    CHECK(reader.entries()[1].name == "b/second.txt");
    CHECK(reader.entries()[2].name == "c.json");
    CHECK(reader.entries()[2].size == big.size());
    CHECK(reader.read(0, 1000) == "\x89PNG not really");
    CHECK(reader.read(1, 1000) == "two");
    CHECK(reader.read(2, big.size()) == big);
}

TEST_CASE("The same files always make the same zip bytes", "[export][zip]")
{
    const std::vector<ZipEntry> entries = {{"x.txt", "hello", ZipCompression::Deflate}, {"a/y.txt", "", ZipCompression::Deflate}};
    const std::string first = writeZip(entries);
    std::vector<ZipEntry> reversed(entries.rbegin(), entries.rend());
    CHECK(writeZip(reversed) == first);
    // Every entry is dated 1980-01-01 00:00: DOS time 0, date 0x21, in each local header.
    for (auto at = first.find("PK\x03\x04"); at != std::string::npos; at = first.find("PK\x03\x04", at + 4)) {
        CHECK(first.substr(at + 10, 4) == std::string("\x00\x00\x21\x00", 4));
    }
}

TEST_CASE("A zip with two files of one name is not written", "[export][zip]")
{
    CHECK_THROWS_AS(writeZip({{"a", "1", ZipCompression::Deflate}, {"a", "2", ZipCompression::Deflate}}), ZipError);
}

TEST_CASE("Bytes that are not a whole zip are refused in plain words", "[export][zip]")
{
    const std::string bytes = writeZip({{"a.txt", std::string(5000, 'x'), ZipCompression::Deflate}});
    CHECK_THROWS_WITH(ZipReader("just some text, not a zip file at all"), Catch::Contains("not a zip file"));
    CHECK_THROWS_WITH(ZipReader(bytes.substr(0, bytes.size() / 2)), Catch::Contains("cut short or damaged"));
    CHECK_THROWS_WITH(ZipReader(""), Catch::Contains("empty"));
    CHECK_THROWS_WITH(ZipReader("PK"), Catch::Contains("cut short or damaged"));
    CHECK_THROWS_WITH(ZipReader(bytes.substr(0, bytes.size() - 1)), Catch::Contains("damaged"));
}

TEST_CASE("An entry is never unpacked past the most asked for", "[export][zip]")
{
    const std::string bytes = writeZip({{"a.txt", std::string(5000, 'x'), ZipCompression::Deflate}});
    const ZipReader reader(bytes);
    CHECK_THROWS_WITH(reader.read(0, 4999), Catch::Contains("too big"));
    CHECK(reader.read(0, 5000).size() == 5000);
}

TEST_CASE("A damaged entry is found by its check sum", "[export][zip]")
{
    std::string bytes = writeZip({{"a.txt", "hello hello hello", ZipCompression::Store}});
    const auto at = bytes.find("hello hello hello");
    REQUIRE(at != std::string::npos);
    bytes[at] = 'j';
    const ZipReader reader(bytes);
    CHECK_THROWS_WITH(reader.read(0, 1000), Catch::Contains("damaged"));
}
