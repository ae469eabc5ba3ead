#pragma once

#include <QString>

namespace falconry {
class HubError;
}

namespace falconry::ui {

/** A Hub failure in the user's words: a short title and what to do next, with the details. */
struct HubMessage {
    QString title;
    QString text;
};

HubMessage describeHubError(const falconry::HubError& error);

} // namespace falconry::ui
