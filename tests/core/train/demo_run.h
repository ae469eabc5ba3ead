#pragma once

#include "core/train/train_config.h"

#include "test_paths.h"

#include <filesystem>

namespace falconry::test {

/** The repository's resources/: the bundled demo model and its support dataset. */
inline std::filesystem::path resourcesDir()
{
    return testDataDir().parent_path().parent_path() / "resources";
}

/**
 * A LoRA run of the demo model on its support CSV (customer_message → agent_reply, Falcon
 * instruct) into `out`, with the trainer's defaults otherwise: each test sets the steps,
 * batch and the rest it depends on.
 */
inline TrainConfig demoRunConfig(const std::filesystem::path& out)
{
    TrainConfig c;
    c.modelDir = resourcesDir() / "demo-model";
    c.dataFile = resourcesDir() / "demo-data" / "aerie_support.csv";
    c.templateName = "falcon-instruct";
    c.columnMapping = "user=customer_message,assistant=agent_reply";
    c.outDir = out;
    return c;
}

} // namespace falconry::test
