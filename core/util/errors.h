#pragma once

#include <stdexcept>
#include <string>

namespace falconry {

/**
 * Base of every error core throws. The message says what was expected, what
 * was found and where (file, line, tensor name), so the UI can show it as is.
 */
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/** A config.json, run.json or adapter_config.json that cannot be used. */
class ConfigError : public Error {
public:
    using Error::Error;
};

/** A checkpoint or adapter file that is missing, truncated or inconsistent. */
class CheckpointError : public Error {
public:
    using Error::Error;
};

/** A tokenizer file that cannot be loaded, or text it cannot encode. */
class TokenizerError : public Error {
public:
    using Error::Error;
};

/** A dataset file that cannot be parsed or mapped. */
class DatasetError : public Error {
public:
    using Error::Error;
};

/** Training cannot go on (NaN loss, invalid settings, out of memory). */
class TrainError : public Error {
public:
    using Error::Error;
};

/** Writing a file failed (disk full, permissions). Nothing was replaced. */
class IoError : public Error {
public:
    using Error::Error;
};

} // namespace falconry
