#include "core/data/dataset_export.h"

#include "core/util/errors.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace falconry {
namespace {

constexpr size_t kBufferBytes = size_t{1} << 20;

[[noreturn]] void throwIo(const std::string& what, const std::filesystem::path& path, int err)
{
    throw IoError(what + " '" + path.string() + "': " + std::strerror(err));
}

} // namespace

AtomicFileWriter::AtomicFileWriter(const std::filesystem::path& path) : m_path(path)
{
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    m_tempPath = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
    m_fd = ::mkstemp(m_tempPath.data());
    if (m_fd < 0)
        throwIo("cannot create a temporary file beside", path, errno);
    ::fchmod(m_fd, 0644);
}

AtomicFileWriter::~AtomicFileWriter()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        ::unlink(m_tempPath.c_str());
    }
}

void AtomicFileWriter::flushBuffer()
{
    size_t written = 0;
    while (written < m_buffer.size()) {
        const ssize_t n = ::write(m_fd, m_buffer.data() + written, m_buffer.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            throwIo("cannot write (disk full?)", m_path, errno);
        }
        written += static_cast<size_t>(n);
    }
    m_buffer.clear();
}

void AtomicFileWriter::write(std::string_view bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= kBufferBytes)
        flushBuffer();
}

void AtomicFileWriter::commit()
{
    flushBuffer();
    if (::fsync(m_fd) != 0)
        throwIo("cannot flush to disk", m_path, errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(m_tempPath.c_str());
        throwIo("cannot close", m_path, err);
    }
    if (::rename(m_tempPath.c_str(), m_path.c_str()) != 0) {
        const int err = errno;
        ::unlink(m_tempPath.c_str());
        throwIo("cannot replace", m_path, err);
    }
    const std::filesystem::path dir = m_path.has_parent_path() ? m_path.parent_path() : ".";
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

ExportFormat exportFormatFor(const std::filesystem::path& path)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".csv")
        return ExportFormat::Csv;
    if (ext == ".jsonl" || ext == ".json" || ext == ".ndjson")
        return ExportFormat::Jsonl;
    throw DatasetError("cannot tell the output format of '" + path.string() + "': expected a .jsonl or .csv name");
}

std::string csvField(std::string_view text, char delimiter)
{
    const bool quote = text.find_first_of(std::string{'"', '\r', '\n', delimiter}) != std::string_view::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

JsonValue rowObject(const Dataset& dataset, const DatasetRow& row)
{
    JsonValue object = JsonValue::object();
    for (size_t c = 0; c < dataset.columns.size() && c < row.cells.size(); ++c)
        if (!row.cells[c].is_null())
            object[dataset.columns[c]] = row.cells[c];
    return object;
}

void exportDataset(const Dataset& dataset, const std::filesystem::path& path, ExportFormat format)
{
    AtomicFileWriter out(path);
    std::string line;
    if (format == ExportFormat::Csv) {
        for (size_t c = 0; c < dataset.columns.size(); ++c)
            line += (c ? "," : "") + csvField(dataset.columns[c]);
        out.write(line + "\r\n");
        for (const auto& row : dataset.rows) {
            line.clear();
            for (size_t c = 0; c < dataset.columns.size(); ++c)
                line += (c ? "," : "") + csvField(dataset.cellText(row, static_cast<int>(c)));
            out.write(line + "\r\n");
        }
    } else {
        for (const auto& row : dataset.rows)
            out.write(rowObject(dataset, row).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    }
    out.commit();
}

} // namespace falconry
