// core/io/tar_archive against GNU tar (the reference implementation of ustar on this system):
// what TarWriter writes, tar lists and extracts byte for byte; what tar writes in ustar format,
// TarReader reads back; links, traversal paths, damaged headers, absurd sizes and cut files are refused.
#include "core/io/tar_archive.h"
#include "core/util/crc32.h"

#include "test_paths.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

using namespace falconry;
namespace fs = std::filesystem;

namespace {

std::string shell(const std::string& command)
{
    std::string out;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return out;
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    ::pclose(pipe);
    return out;
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string archive(const std::map<std::string, std::string>& files)
{
    std::string out;
    TarWriter tar([&](std::string_view b) { out.append(b); });
    for (const auto& [path, bytes] : files)
        tar.addFile(path, bytes, 1700000000);
    tar.finish();
    return out;
}

/** Every member of `bytes` as path -> content; throws ArchiveError as the reader does. */
std::map<std::string, std::string> readAll(const std::string& bytes)
{
    std::istringstream in(bytes);
    TarReader reader(in, bytes.size(), "test");
    std::map<std::string, std::string> out;
    TarEntry e;
    while (reader.next(e))
        if (!e.folder)
            out[e.path] = reader.readAll(1 << 24);
    return out;
}

std::string errorOf(const std::string& bytes)
{
    try {
        readAll(bytes);
    } catch (const ArchiveError& e) {
        return e.what();
    }
    return "";
}

/** A ustar header written by hand, for inputs TarWriter refuses to make. */
std::string rawHeader(const std::string& name, char type, const std::string& sizeOctal)
{
    std::string h(512, '\0');
    std::memcpy(h.data(), name.data(), std::min<size_t>(name.size(), 100));
    std::memcpy(h.data() + 100, "0000644", 7);
    std::memcpy(h.data() + 124, sizeOctal.data(), std::min<size_t>(sizeOctal.size(), 12));
    h[156] = type;
    std::memcpy(h.data() + 257, "ustar\0" "00", 8);
    std::memset(h.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : h)
        sum += static_cast<unsigned char>(c);
    std::snprintf(h.data() + 148, 8, "%06o", sum);
    return h;
}

} // namespace

TEST(TarArchive, Crc32IsTheZipAndGzipOne)
{
    EXPECT_EQ(crc32Update(0, "123456789", 9), 0xCBF43926u); // the check value of CRC-32/IEEE
    const uint32_t first = crc32Update(0, "1234", 4);
    EXPECT_EQ(crc32Update(first, "56789", 5), 0xCBF43926u);
}

namespace {

/** CRC-32/IEEE one bit at a time, straight from its definition: the reference for the sliced one. */
uint32_t crc32Bitwise(const std::string& bytes)
{
    uint32_t c = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        c ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return ~c;
}

} // namespace

TEST(TarArchive, Crc32OfEveryLengthAlignmentAndSplit)
{
    std::string bytes(4096 + 13, '\0');
    uint32_t state = 12345;
    for (char& ch : bytes) {
        state = state * 1664525u + 1013904223u;
        ch = static_cast<char>(state >> 24);
    }
    // Every length up to 40 from every start within 8 bytes: the 8-byte steps and the tail.
    for (size_t start = 0; start < 8; ++start)
        for (size_t length = 0; length <= 40; ++length) {
            const std::string piece = bytes.substr(start, length);
            ASSERT_EQ(crc32Update(0, piece.data(), piece.size()), crc32Bitwise(piece)) << start << "+" << length;
        }
    // The whole buffer in one call, and continued across splits that fall inside an 8-byte step.
    const uint32_t whole = crc32Bitwise(bytes);
    EXPECT_EQ(crc32Update(0, bytes.data(), bytes.size()), whole);
    for (const size_t split : {size_t{1}, size_t{7}, size_t{8}, size_t{9}, size_t{1000}, bytes.size() - 3}) {
        const uint32_t first = crc32Update(0, bytes.data(), split);
        EXPECT_EQ(crc32Update(first, bytes.data() + split, bytes.size() - split), whole) << split;
    }
}

TEST(TarArchive, GnuTarListsAndExtractsWhatTheWriterWrites)
{
    const fs::path dir = test::makeTempDir("tar-writer");
    std::string big(3 * 512 + 17, '\0');
    for (size_t i = 0; i < big.size(); ++i)
        big[i] = static_cast<char>(i * 131 % 251);
    const std::string longPath = "adapter/" + std::string(120, 'd') + "/weights.bin"; // needs the ustar prefix field
    const std::map<std::string, std::string> files = {
        {"run.json", "{\"settings\": {}}\n"}, {"empty.txt", ""}, {"adapter/adapter_model.safetensors", big}, {longPath, "x"}};
    writeFile(dir / "a.tar", archive(files));
    const std::string listing = shell("tar -tf " + (dir / "a.tar").string());
    for (const auto& [path, bytes] : files)
        EXPECT_NE(listing.find(path + "\n"), std::string::npos) << path << " not in\n" << listing;
    fs::create_directories(dir / "out");
    EXPECT_EQ(shell("tar -xf " + (dir / "a.tar").string() + " -C " + (dir / "out").string()), "");
    for (const auto& [path, bytes] : files)
        EXPECT_EQ(readFile(dir / "out" / path), bytes) << path;
    EXPECT_EQ(readAll(readFile(dir / "a.tar")), files);
}

TEST(TarArchive, ReadsWhatGnuTarWritesInUstarFormat)
{
    const fs::path dir = test::makeTempDir("tar-reader");
    writeFile(dir / "src" / "run.json", "{}\n");
    writeFile(dir / "src" / "adapter" / "a.bin", std::string(1000, 'a'));
    shell("cd " + (dir / "src").string() + " && tar --format=ustar -cf ../b.tar run.json adapter");
    const auto members = readAll(readFile(dir / "b.tar"));
    ASSERT_EQ(members.size(), 2u);
    EXPECT_EQ(members.at("run.json"), "{}\n");
    EXPECT_EQ(members.at("adapter/a.bin"), std::string(1000, 'a'));
}

TEST(TarArchive, LinksAndDevicesMadeByGnuTarAreRefused)
{
    const fs::path dir = test::makeTempDir("tar-links");
    writeFile(dir / "src" / "run.json", "{}\n");
    fs::create_symlink("/etc/passwd", dir / "src" / "adapter");
    shell("cd " + (dir / "src").string() + " && tar --format=ustar -cf ../c.tar run.json adapter");
    EXPECT_NE(errorOf(readFile(dir / "c.tar")).find("symbolic link"), std::string::npos) << errorOf(readFile(dir / "c.tar"));
    fs::create_hard_link(dir / "src" / "run.json", dir / "src" / "again.json");
    shell("cd " + (dir / "src").string() + " && tar --format=ustar -cf ../d.tar run.json again.json");
    EXPECT_NE(errorOf(readFile(dir / "d.tar")).find("hard link"), std::string::npos);
    // GNU format: long names come in extension headers, which a bundle never has.
    writeFile(dir / "src" / std::string(120, 'n'), "x");
    shell("cd " + (dir / "src").string() + " && tar --format=gnu -cf ../e.tar " + std::string(120, 'n'));
    EXPECT_FALSE(errorOf(readFile(dir / "e.tar")).empty());
}

TEST(TarArchive, TraversalAndAbsolutePathsAreRefused)
{
    for (const std::string name : {"../evil", "adapter/../../evil", "/etc/passwd", "a//b", "./run.json", "a\\b", "c:x"}) {
        const std::string bytes = rawHeader(name, '0', "00000000001") + std::string(512, 'x') + std::string(1024, '\0');
        EXPECT_NE(errorOf(bytes).find("unsafe path"), std::string::npos) << name << ": " << errorOf(bytes);
        EXPECT_FALSE(isSafeArchivePath(name));
    }
    EXPECT_TRUE(isSafeArchivePath("adapter/adapter_model.safetensors"));
    EXPECT_THROW(TarWriter([](std::string_view) {}).addFile("../x", "", 0), ArchiveError);
}

TEST(TarArchive, AbsurdSizesAndDamagedHeadersAreRefused)
{
    // A size of 8 GiB - 1 in a file of 2 KiB: refused before anything is allocated or read.
    const std::string huge = rawHeader("run.json", '0', "77777777777") + std::string(1024, '\0');
    EXPECT_NE(errorOf(huge).find("only"), std::string::npos) << errorOf(huge);
    const std::string notOctal = rawHeader("run.json", '0', "12x") + std::string(1024, '\0');
    EXPECT_NE(errorOf(notOctal).find("octal"), std::string::npos);
    std::string damaged = archive({{"run.json", "{}"}});
    damaged[10] ^= 0x20; // a byte of the name: the checksum no longer matches
    EXPECT_NE(errorOf(damaged).find("checksum"), std::string::npos) << errorOf(damaged);
    EXPECT_NE(errorOf(std::string(100, 'z')).find("truncated"), std::string::npos);
}

TEST(TarArchive, EveryCutOfAnArchiveIsReportedAsTruncated)
{
    const std::string whole = archive({{"run.json", std::string(700, 'r')}, {"metrics.jsonl", std::string(100, 'm')}});
    EXPECT_NO_THROW(readAll(whole));
    // Without its end blocks, or cut anywhere inside a header or a member's content.
    for (size_t cut = 1; cut < whole.size() - 1024; cut += 97)
        EXPECT_NE(errorOf(whole.substr(0, cut)).find("truncated"), std::string::npos) << "cut at " << cut << ": "
                                                                                     << errorOf(whole.substr(0, cut));
}
