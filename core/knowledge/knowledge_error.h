#pragma once

#include "core/util/errors.h"

namespace falconry {

/** A document that cannot be read, or a knowledge-base file that cannot be used. */
class KnowledgeError : public Error {
public:
    using Error::Error;
};

} // namespace falconry
