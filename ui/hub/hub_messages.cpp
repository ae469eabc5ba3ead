#include "ui/hub/hub_messages.h"

#include "core/hub/hub_error.h"

#include <QCoreApplication>

namespace falconry::ui {

HubMessage describeHubError(const HubError& e)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("HubMessages", text); };
    const QString details = QString::fromStdString(e.what());
    QString title;
    QString advice;
    switch (e.kind()) {
    case HubErrorKind::NotFound:
        title = tr("No such model on the Hub");
        advice = tr("Check the name (organisation/model, for example tiiuae/falcon-7b).");
        break;
    case HubErrorKind::Gated:
        title = tr("This model needs its licence accepted");
        advice = tr("Open the model's page on huggingface.co, accept the licence while signed in, then sign in here "
                    "(Export page, Upload to the Hub…) with a token of that account.");
        break;
    case HubErrorKind::Unauthorized:
        title = tr("Not signed in, or the token was refused");
        advice = tr("Sign in with a Hugging Face access token (huggingface.co → Settings → Access Tokens).");
        break;
    case HubErrorKind::Forbidden:
        title = tr("This account may not do that");
        advice = tr("Uploading needs a token with write access, to your own account or an organisation you belong to.");
        break;
    case HubErrorKind::Network:
        title = tr("No connection to the Hugging Face Hub");
        advice = tr("Check the network (and a proxy, if you use one), then try again: what was downloaded is kept.");
        break;
    case HubErrorKind::Server:
        title = tr("The Hugging Face Hub is busy");
        advice = tr("Try again in a few minutes: what was downloaded is kept.");
        break;
    case HubErrorKind::DiskFull:
        title = tr("Not enough disk space");
        advice = tr("Free some space and start again: the download continues where it stopped.");
        break;
    case HubErrorKind::Checksum:
        title = tr("A downloaded file was damaged");
        advice = tr("The damaged file was deleted and nothing of it is used. Download again.");
        break;
    case HubErrorKind::Refused:
        title = tr("Falconry cannot use this");
        break;
    case HubErrorKind::Protocol:
        title = tr("The server answered something unexpected");
        advice = tr("Check HF_ENDPOINT if you set it; otherwise try again later.");
        break;
    case HubErrorKind::Cancelled:
        title = tr("Stopped");
        advice = tr("What was downloaded is kept; starting again continues from there.");
        break;
    }
    return {title, advice.isEmpty() ? details : advice + QStringLiteral("\n\n") + details};
}

} // namespace falconry::ui
