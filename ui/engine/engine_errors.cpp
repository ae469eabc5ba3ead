#include "ui/engine/engine_errors.h"

#include "core/train/run_triage.h"
#include "core/util/error_info.h"
#include "core/util/errors.h"
#include "core/util/folder_lock.h"

#include <QCoreApplication>

#include <new>

namespace falconry::ui {
namespace {

/** Holds the texts so that lupdate files them under the context "EngineError". */
class ErrorTexts {
    Q_DECLARE_TR_FUNCTIONS(EngineError)
public:
    static EngineError outOfMemory(const QString& message);
    static EngineError map(std::exception_ptr error);
    static EngineError datasetError(const DatasetError& e);
};

/** Dataset errors by kind, in the GUI's words (no command-line flags), else core's message. */
EngineError ErrorTexts::datasetError(const DatasetError& error)
{
    static const ErrorInfo kNone({}, {});
    const auto* info = dynamic_cast<const ErrorInfo*>(&error);
    const ErrorInfo& e = info ? *info : kNone;
    const QString columns = QString::fromStdString(e.field("columns"));
    const auto fileName = [](const ErrorInfo& i) { return QString::fromStdString(i.field("file")).section(QLatin1Char('/'), -1); };
    const QString howToMap = tr("Open the file on the Data page (Import…), choose which column holds the prompt and "
                                "which the answer, and train from there.");
    if (e.kind() == "dataset.unmapped")
        return {tr("The dataset's columns are not mapped"),
                tr("Falconry cannot tell which columns of %1 hold the prompt and the answer (columns: %2).")
                    .arg(fileName(e), columns),
                howToMap};
    if (e.kind() == "dataset.no_answer_column")
        return {tr("No column holds the answers"),
                tr("No column of %1 is mapped to the answers the model should learn (columns: %2).").arg(fileName(e), columns),
                howToMap};
    if (e.kind() == "dataset.empty")
        return {tr("The file is empty"), tr("%1 holds no examples: it is empty or has only blank lines.").arg(fileName(e)),
                tr("Choose the file that holds your examples.")};
    if (e.kind() == "dataset.binary")
        return {tr("Not a text file"),
                tr("%1 holds binary data (a program, an image or an archive?), not examples as text.").arg(fileName(e)),
                tr("Falconry reads examples from CSV, TSV, JSON, JSONL or plain text files. Choose one of those.")};
    if (e.kind() == "dataset.record_too_long")
        return {tr("A record is far too long"),
                tr("%1 holds a record longer than %2 MiB, so it is most likely not a dataset (or a quote is never closed).")
                    .arg(fileName(e), QString::fromStdString(e.field("limit_mib"))),
                tr("Check that this is the file you meant; if it is a CSV file, look for an unclosed quote.")};
    if (e.kind() == "dataset.no_answers")
        return {tr("Nothing to train on"),
                tr("Every row of %1 has an empty answer, so there is nothing for the model to learn.").arg(fileName(e)),
                tr("Check the column mapped to the answers on the Data page.")};
    return {tr("Dataset problem"), QString::fromStdString(error.what()),
            tr("Fix the row named above on the Data page, or choose another file.")};
}

EngineError ErrorTexts::outOfMemory(const QString& message)
{
    return {tr("Out of memory"), message,
            tr("Lower the maximum sequence length or the batch size, turn on gradient checkpointing, "
               "or load the base model in 4-bit NF4 (QLoRA). The Model page shows what each choice needs.")};
}

EngineError ErrorTexts::map(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::bad_alloc&) {
        return outOfMemory(tr("The system could not allocate the memory this step needs."));
    } catch (const ConfigError& e) {
        return {tr("Settings cannot be used"), QString::fromStdString(e.what()),
                tr("Check the model folder's config.json and the values on this page, then try again.")};
    } catch (const CheckpointError& e) {
        return {tr("Checkpoint or adapter unreadable"), QString::fromStdString(e.what()),
                tr("The file may be incomplete: choose another checkpoint, or train again from the start.")};
    } catch (const TokenizerError& e) {
        return {tr("Tokenizer problem"), QString::fromStdString(e.what()),
                tr("The model folder needs a tokenizer.json or tokenizer.model that matches the model.")};
    } catch (const DatasetError& e) {
        return datasetError(e);
    } catch (const BusyError& e) {
        const auto* info = dynamic_cast<const ErrorInfo*>(&e);
        const QString folder = info ? QString::fromStdString(info->field("folder")) : QString();
        return {tr("The run folder is in use"),
                tr("Another Falconry window or process is writing to %1 right now (%2).")
                    .arg(folder, info ? QString::fromStdString(info->field("holder")).trimmed() : QString()),
                tr("Wait until it finishes, or stop it there; two runs cannot write to one folder.")};
    } catch (const TrainError& e) {
        const QString message = QString::fromStdString(e.what());
        const auto* info = dynamic_cast<const ErrorInfo*>(&e);
        if (info && info->kind() == "train.diverged")
            return {tr("Training diverged"),
                    tr("The loss rose far above where it started, so the run was stopped before it got worse.") +
                        QLatin1Char(' ') +
                        (info->field("best").empty()
                             ? tr("No checkpoint was written before that, so a resume starts again from the beginning.")
                             : tr("The checkpoint with the lowest loss is kept: %1.").arg(QString::fromStdString(info->field("best")))),
                    tr("Lower the learning rate on this page (to about a quarter), select the run under \"Runs\" and press "
                       "\"Resume selected run\": it continues from that checkpoint with the new rate.")};
        if (isOutOfMemoryMessage(message))
            return outOfMemory(message);
        return {tr("Training stopped"), message,
                tr("If the loss became NaN, lower the learning rate or the gradient clip; the last "
                   "checkpoint can be resumed.")};
    } catch (const IoError& e) {
        return {tr("Could not write a file"), QString::fromStdString(e.what()),
                tr("Check that the disk has free space and that the folder is writable. Nothing was replaced.")};
    } catch (const std::exception& e) {
        const QString message = QString::fromStdString(e.what());
        if (isOutOfMemoryMessage(message))
            return outOfMemory(message);
        return {tr("Something went wrong"), message,
                tr("Try again; if it happens again, report it with this message.")};
    } catch (...) {
        return {tr("Something went wrong"), tr("An unknown error occurred in the engine."),
                tr("Try again; if it happens again, report it with what you did.")};
    }
}

} // namespace

bool isOutOfMemoryMessage(const QString& message)
{
    return message.contains(QLatin1String("out of memory"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("can't allocate memory"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("std::bad_alloc"));
}

EngineError toEngineError(std::exception_ptr error)
{
    EngineError e = ErrorTexts::map(error);
    e.kind = QString::fromStdString(errorKindOf(error));
    try {
        std::rethrow_exception(error);
    } catch (const ErrorInfo& info) {
        for (const auto& [name, value] : info.fields())
            e.fields.insert(QString::fromStdString(name), QString::fromStdString(value));
    } catch (...) {
    }
    return e;
}

} // namespace falconry::ui
