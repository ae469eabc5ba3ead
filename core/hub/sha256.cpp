#include "core/hub/sha256.h"

#include "core/util/errors.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace falconry {

struct Sha256::State {
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    m_state->ctx = EVP_MD_CTX_new();
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_state->ctx);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
}

void Sha256::update(const void* data, size_t size)
{
    EVP_DigestUpdate(m_state->ctx, data, size);
}

std::string Sha256::hex() const
{
    // Finalize a copy so that hashing can go on after a look at the digest.
    EVP_MD_CTX* copy = EVP_MD_CTX_new();
    EVP_MD_CTX_copy_ex(copy, m_state->ctx);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(copy, digest, &length);
    EVP_MD_CTX_free(copy);
    static const char* kHex = "0123456789abcdef";
    std::string out;
    out.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 15];
    }
    return out;
}

std::string Sha256::ofFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IoError("cannot read " + path.string() + ": " + std::strerror(errno));
    Sha256 hash;
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        hash.update(buffer.data(), static_cast<size_t>(in.gcount()));
    }
    if (in.bad())
        throw IoError("reading " + path.string() + " failed");
    return hash.hex();
}

std::string Sha256::of(std::string_view bytes)
{
    Sha256 hash;
    hash.update(bytes);
    return hash.hex();
}

} // namespace falconry
