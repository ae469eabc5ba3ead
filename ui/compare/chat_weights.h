#pragma once

#include <QString>

namespace falconry::ui {

/** Models of this many parameters or more chat from 4-bit weights unless the user said otherwise. */
inline constexpr double kFourBitFromParameters = 1.0e9;

/**
 * Compare's "4-bit weights for chat" for the model in `modelDir`: the user's remembered choice
 * (AppSettings::chatFourBitWeights), else on for models of kFourBitFromParameters or more (read
 * from config.json; off when there is none or it cannot be read).
 */
bool chatUsesFourBitWeights(const QString& modelDir);

/** Remembers the user's choice for every model from now on. */
void rememberChatFourBitWeights(bool on);

} // namespace falconry::ui
