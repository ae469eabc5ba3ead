#pragma once

#include "ui/model/memory_bar.h"

#include <QList>
#include <QString>

namespace falconry::ui {

/** The settings a memory plan depends on (from the Model page and the Train page). */
struct PlanInput {
    QString modelDir;         // read for the exact shapes when set
    qint64 parameters = 0;    // used when no folder is on disk
    bool nf4 = false;         // 4-bit NF4 base (QLoRA) instead of bf16
    int maxLength = 512;      // tokens per example
    int batchSize = 1;
    int loraRank = 16;
    bool gradientCheckpointing = true;
    qint64 trainTokens = 0;   // tokens in one epoch of the chosen data; 0 = unknown
    double tokensPerSecond = 0.0; // this computer's training speed for the model; 0 = unknown
};

/** What the planner says, ready to draw. */
struct PlanView {
    QList<MemoryBar::Segment> segments; // weights, LoRA, optimizer, activations, KV cache
    qint64 totalBytes = 0;
    /** False while this build has no full planner: only the weights are known. */
    bool complete = false;
    /** Estimated seconds for one epoch; < 0 when unknown. */
    double epochSeconds = -1.0;
    QString note;
};

/** Plans a LoRA run; uses core's memory planner when this build has one. */
PlanView planRun(const PlanInput& input);

} // namespace falconry::ui
