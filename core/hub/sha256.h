#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace falconry {

/** Incremental SHA-256 (OpenSSL's EVP); hex() gives the lower-case digest git-lfs and the Hub use. */
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* data, size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
    /** Starts over (a server that ignored a Range request sends the file from its first byte). */
    void reset();
    /** The digest of everything so far, as 64 hex digits; the state is left unchanged. */
    std::string hex() const;

    /** Hashes a whole file; throws IoError naming it. */
    static std::string ofFile(const std::filesystem::path& path);
    static std::string of(std::string_view bytes);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace falconry
